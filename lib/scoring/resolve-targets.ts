// Each domain's target in force and its risk factor: the profile's target, replaced by an override where one is set.
import type { TProfileAnswers } from "@/lib/assessments/applicability";
import { DOMAIN_KEYS } from "@/lib/questionnaires/domain-keys";
import type { TDomainKey } from "@/lib/questionnaires/schema";
import { targetProfile } from "./target-profile";
import type { TDomainRisk, TDomainTarget, TTargetOverride } from "./types";

export type TResolvedTarget = { target: TDomainTarget; risk: TDomainRisk };

/** Overrides should already be integers 1..4 (validated where they are saved); this only keeps the model's numbers sane. */
function overrideLevel(level: number): number | null {
  if (!Number.isFinite(level)) return null;
  return Math.min(4, Math.max(1, Math.round(level)));
}

export function resolveTargets({ profile, targetOverrides = [] }: { profile: TProfileAnswers; targetOverrides?: TTargetOverride[] }): Record<TDomainKey, TResolvedTarget> {
  const fromProfile = targetProfile(profile);
  // The last override for a domain wins, as a later edit would.
  const overrides = new Map<TDomainKey, { level: number; reason: string }>();
  for (const override of targetOverrides) {
    const level = overrideLevel(override.targetLevel);
    if (level !== null) overrides.set(override.domain, { level, reason: override.reason });
  }
  const entries = DOMAIN_KEYS.map((domain): [TDomainKey, TResolvedTarget] => {
    const profileTarget = fromProfile[domain];
    const override = overrides.get(domain);
    const target: TDomainTarget = override
      ? { level: override.level, profileLevel: profileTarget.level, source: "override", override, rules: profileTarget.rules }
      : { level: profileTarget.level, profileLevel: profileTarget.level, source: "profile", rules: profileTarget.rules };
    // The risk factor stays the profile's: an override changes the goal, not the exposure.
    return [domain, { target, risk: { factor: profileTarget.riskFactor, rules: [...profileTarget.rules] } }];
  });
  return Object.fromEntries(entries) as Record<TDomainKey, TResolvedTarget>;
}
