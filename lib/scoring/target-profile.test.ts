import { describe, expect, it } from "vitest";
import { DOMAIN_KEYS } from "@/lib/questionnaires/schema";
import { BASE_TARGET, TARGET_RULES, targetFromRules, targetProfile } from "./target-profile";

describe("[SCORING] target profile", () => {
  it("asks for level 3 with risk factor 1 in every domain when the profile shows no exposure", () => {
    const targets = targetProfile({});
    for (const domain of DOMAIN_KEYS) expect(targets[domain]).toEqual({ level: BASE_TARGET, riskFactor: 1, rules: [] });
  });

  it("raises research firewalls to level 4 with risk 1.75 when the organization does joint research with both US and Chinese partners", () => {
    // Both rules fire: researchFirewalls.usAndChina (→ 4, +0.5) and researchFirewalls.china (→ 3, +0.25).
    // level = max(3, 4, 3) = 4; risk = min(2, 1 + 0.5 + 0.25) = 1.75
    const targets = targetProfile({ jointResearchUs: true, jointResearchChina: true });
    expect(targets["research-firewalls"]).toEqual({ level: 4, riskFactor: 1.75, rules: ["researchFirewalls.usAndChina", "researchFirewalls.china"] });
    // Chinese joint research also touches China operations: chinaOperations.jointResearch (→ 3, +0.25).
    expect(targets["china-operations"]).toEqual({ level: 3, riskFactor: 1.25, rules: ["chinaOperations.jointResearch"] });
  });

  it("keeps research firewalls at level 3 with risk 1 when the joint research is with US partners only", () => {
    // usAndChina needs both flags; china needs jointResearchChina. Neither fires.
    const targets = targetProfile({ jointResearchUs: true, jointResearchChina: false });
    expect(targets["research-firewalls"]).toEqual({ level: 3, riskFactor: 1, rules: [] });
  });

  it("adds risk without raising the target when only a level-3 rule fires", () => {
    // exportControl.deemedExports: → 3, +0.25. level = max(3, 3) = 3; risk = 1 + 0.25 = 1.25
    expect(targetProfile({ hostsForeignResearchers: true })["export-control"]).toEqual({ level: 3, riskFactor: 1.25, rules: ["exportControl.deemedExports"] });
  });

  it("caps a domain's risk factor at 2 however many rules fire", () => {
    // 1 + 0.5 + 0.5 + 0.5 = 2.5 → capped to 2
    const rules = ["a", "b", "c"].map((id) => ({ id, domain: "governance" as const, when: { any: ["x"] }, raisesTargetTo: 4 as const, riskFactor: 0.5 }));
    expect(targetFromRules({ profile: { x: true }, rules }).governance).toEqual({ level: 4, riskFactor: 2, rules: ["a", "b", "c"] });
  });

  it("has unique rule ids named after their domain, so they can serve as message keys", () => {
    const ids = TARGET_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const camel = (domain: string) => domain.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    for (const rule of TARGET_RULES) expect(rule.id.startsWith(`${camel(rule.domain)}.`), rule.id).toBe(true);
  });
});
