// The target level and risk factor each domain gets from the organization's profile, by a table of risk rules.
import { applies, type TProfileAnswers } from "@/lib/assessments/applicability";
import { DOMAIN_KEYS } from "@/lib/questionnaires/domain-keys";
import type { TAppliesIf, TDomainKey } from "@/lib/questionnaires/schema";

/** Level 3: established and operating across the organization. Level 4 (measured, continuously improved) is asked only where the profile shows higher exposure. */
export const BASE_TARGET = 3;
export const BASE_RISK_FACTOR = 1;
/** The cap: however exposed, one domain counts for at most two ordinary domains in the overall score. */
export const MAX_RISK_FACTOR = 2;

/**
 * A rule fires when `when` holds for the profile. It raises the domain's target (never lowers it)
 * and adds `riskFactor` to the domain's risk factor. Ids are stable: they become message keys.
 */
export type TTargetRule = { id: string; domain: TDomainKey; when: TAppliesIf; raisesTargetTo: 3 | 4; riskFactor: number };

export const TARGET_RULES: readonly TTargetRule[] = [
  { id: "governance.designatedInformation", domain: "governance", when: { any: ["handlesDesignatedInformation", "suppliesDefenceOrCriticalInfrastructure"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "sensitiveTechnology.listedOrEmerging", domain: "sensitive-technology", when: { any: ["handlesListedTechnology", "emergingTechnology"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "personnelClearance.designatedInformation", domain: "personnel-clearance", when: { any: ["handlesDesignatedInformation"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "personnelClearance.listedTechnology", domain: "personnel-clearance", when: { any: ["handlesListedTechnology", "hostsForeignResearchers"] }, raisesTargetTo: 3, riskFactor: 0.25 },
  { id: "researchFirewalls.usAndChina", domain: "research-firewalls", when: { all: ["jointResearchUs", "jointResearchChina"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "researchFirewalls.china", domain: "research-firewalls", when: { any: ["jointResearchChina"] }, raisesTargetTo: 3, riskFactor: 0.25 },
  { id: "cyberReadiness.criticalSupplier", domain: "cyber-readiness", when: { any: ["suppliesDefenceOrCriticalInfrastructure", "handlesDesignatedInformation"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "cyberReadiness.highRiskVendors", domain: "cyber-readiness", when: { any: ["usesHighRiskVendorEquipment"] }, raisesTargetTo: 3, riskFactor: 0.25 },
  { id: "exportControl.listedTechnology", domain: "export-control", when: { any: ["handlesListedTechnology"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "exportControl.deemedExports", domain: "export-control", when: { any: ["hostsForeignResearchers"] }, raisesTargetTo: 3, riskFactor: 0.25 },
  { id: "supplyChain.exposedSupply", domain: "supply-chain", when: { any: ["usesHighRiskVendorEquipment", "suppliesDefenceOrCriticalInfrastructure"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "investmentPartnerships.foreignCapital", domain: "investment-partnerships", when: { any: ["foreignInvestment", "foreignFunding"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "chinaOperations.operatesInChina", domain: "china-operations", when: { any: ["operatesInChina"] }, raisesTargetTo: 4, riskFactor: 0.5 },
  { id: "chinaOperations.jointResearch", domain: "china-operations", when: { any: ["jointResearchChina"] }, raisesTargetTo: 3, riskFactor: 0.25 },
  { id: "awarenessTraining.foreignExposure", domain: "awareness-training", when: { any: ["hostsForeignResearchers", "operatesInChina"] }, raisesTargetTo: 3, riskFactor: 0.25 },
];

export type TDomainTargetProfile = {
  level: number;
  riskFactor: number;
  /** Ids of the triggered rules, in table order. */
  rules: string[];
};

/** Applies any rule table; `targetProfile` is this with the product's table. */
export function targetFromRules({ profile, rules }: { profile: TProfileAnswers; rules: readonly TTargetRule[] }): Record<TDomainKey, TDomainTargetProfile> {
  const result = Object.fromEntries(
    DOMAIN_KEYS.map((domain) => [domain, { level: BASE_TARGET, riskFactor: BASE_RISK_FACTOR, rules: [] as string[] }]),
  ) as Record<TDomainKey, TDomainTargetProfile>;
  for (const rule of rules) {
    if (!applies(rule.when, profile)) continue;
    const entry = result[rule.domain];
    entry.level = Math.max(entry.level, rule.raisesTargetTo);
    entry.riskFactor += rule.riskFactor;
    entry.rules.push(rule.id);
  }
  for (const entry of Object.values(result)) entry.riskFactor = Math.min(MAX_RISK_FACTOR, entry.riskFactor);
  return result;
}

export function targetProfile(profile: TProfileAnswers): Record<TDomainKey, TDomainTargetProfile> {
  return targetFromRules({ profile, rules: TARGET_RULES });
}
