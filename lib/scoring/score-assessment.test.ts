import { describe, expect, it } from "vitest";
import { DOMAIN_KEYS, type TDomainKey } from "@/lib/questionnaires/schema";
import { scoreAssessment } from "./score-assessment";
import type { TScoringAnswer, TScoringQuestion } from "./types";

const question = (key: string, domain: TDomainKey, weight: number, maxLevel: number, applies = true): TScoringQuestion => ({ key, domain, weight, maxLevel, applies });
const answer = (questionKey: string, level: number | null, notApplicable = false): TScoringAnswer => ({ questionKey, level, notApplicable });

/** Every number in a result, wherever it sits, so a test can check none is NaN or infinite. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("[SCORING] an assessment", () => {
  it("reports all ten domains in questionnaire order, even those without questions", () => {
    const result = scoreAssessment({ questions: [question("exp.classify", "export-control", 1, 4)], answers: [], profile: {} });
    expect(result.domains.map((domain) => domain.domain)).toEqual([...DOMAIN_KEYS]);
  });

  it("weights the overall score by each domain's risk factor", () => {
    // Profile: handles designated information → governance target 4, risk 1 + 0.5 = 1.5.
    // (It also raises personnel clearance and cyber readiness, but those have no questions here.)
    // governance: one maturity question at 4 → score 100.
    // export control (risk 1): weight 3 at 0 of 4 and weight 2 at 1 of 2 → 100 · (3 · 0 + 2 · 0.5) / 5 = 20.
    // overall = (1.5 · 100 + 1 · 20) / (1.5 + 1) = 170 / 2.5 = 68 → B (an unweighted mean, 60, would be C)
    const result = scoreAssessment({
      questions: [question("gov.policy", "governance", 2, 4), question("exp.classify", "export-control", 3, 4), question("exp.screening", "export-control", 2, 2)],
      answers: [answer("gov.policy", 4), answer("exp.classify", 0), answer("exp.screening", 1)],
      profile: { handlesDesignatedInformation: true },
    });
    expect(result.overall).toEqual({
      score: 68,
      grade: "B",
      contributions: [
        { domain: "governance", weight: 1.5, score: 100 },
        { domain: "export-control", weight: 1, score: 20 },
      ],
      weightTotal: 2.5,
      coverage: { applicable: 3, answered: 3, notApplicable: 0, unanswered: 0, excluded: 0, percent: 100 },
    });
  });

  it("measures gaps against an override, and still explains what the profile asked for", () => {
    // Profile: US and Chinese joint research → firewalls target 4, risk 1.75; overridden to 3.
    // One maturity question at 2: score 50, level 2; gap = 3 − 2 = 1 (not 4 − 2); priority = 1 · 1.75 = 1.75
    const result = scoreAssessment({
      questions: [question("fw.separation", "research-firewalls", 2, 4)],
      answers: [answer("fw.separation", 2)],
      profile: { jointResearchUs: true, jointResearchChina: true },
      targetOverrides: [{ domain: "research-firewalls", targetLevel: 3, reason: "Joint work limited to one published project" }],
    });
    const firewalls = result.domains.find((domain) => domain.domain === "research-firewalls");
    expect(firewalls).toMatchObject({
      score: 50,
      gap: 1,
      gapPoints: 25,
      priority: 1.75,
      light: "amber",
      target: { level: 3, profileLevel: 4, source: "override", override: { level: 3, reason: "Joint work limited to one published project" } },
      risk: { factor: 1.75 },
    });
    // question: gap 1, priority = 1 · weight 2 · risk 1.75 = 3.5, level to reach 3 = 3
    expect(result.gaps).toEqual([expect.objectContaining({ key: "fw.separation", domain: "research-firewalls", gap: 1, priority: 3.5, levelToReachTarget: 3 })]);
  });

  it("lists gaps by priority, so a heavier question can outrank one in a riskier domain", () => {
    // Profile: US and Chinese joint research → firewalls target 4, risk 1.75; governance and cyber target 3, risk 1.
    // fw.disclosure:  weight 1, level 2 of 4 → current 2; gap 4 − 2 = 2; priority 2 · 1 · 1.75 = 3.5
    // gov.policy:     weight 2, level 1 of 4 → current 1; gap 3 − 1 = 2; priority 2 · 2 · 1    = 4
    // cyb.patching:   weight 3, partial (1 of 2) → current 2; gap 3 − 2 = 1; priority 1 · 3 · 1 = 3
    // cyb.backups:    weight 1, yes (2 of 2) → current 4; no gap, not listed
    const result = scoreAssessment({
      questions: [
        question("gov.policy", "governance", 2, 4),
        question("fw.disclosure", "research-firewalls", 1, 4),
        question("cyb.patching", "cyber-readiness", 3, 2),
        question("cyb.backups", "cyber-readiness", 1, 2),
      ],
      answers: [answer("gov.policy", 1), answer("fw.disclosure", 2), answer("cyb.patching", 1), answer("cyb.backups", 2)],
      profile: { jointResearchUs: true, jointResearchChina: true },
    });
    expect(result.gaps.map((gap) => [gap.key, gap.gap, gap.priority])).toEqual([
      ["gov.policy", 2, 4],
      ["fw.disclosure", 2, 3.5],
      ["cyb.patching", 1, 3],
    ]);
  });

  it("breaks a tie in priority by gap, then weight, then domain order, then questionnaire order", () => {
    // Profile: handles designated information → governance target 4, risk 1.5; export control and supply chain target 3, risk 1.
    //   exp.big-gap  weight 3, level 0 of 4 → gap 3 − 0 = 3; priority 3 · 3 · 1   = 9
    //   exp.wide     weight 2, level 0 of 2 → gap 3 − 0 = 3; priority 3 · 2 · 1   = 6
    //   exp.heavy    weight 3, level 1 of 4 → gap 3 − 1 = 2; priority 2 · 3 · 1   = 6
    //   sup.second   weight 3, level 1 of 4 → gap 3 − 1 = 2; priority 2 · 3 · 1   = 6
    //   sup.third    weight 3, level 1 of 4 → gap 3 − 1 = 2; priority 2 · 3 · 1   = 6
    //   gov.light    weight 2, level 2 of 4 → gap 4 − 2 = 2; priority 2 · 2 · 1.5 = 6
    // The input order is deliberately scrambled across domains.
    const result = scoreAssessment({
      questions: [
        question("gov.light", "governance", 2, 4),
        question("sup.second", "supply-chain", 3, 4),
        question("sup.third", "supply-chain", 3, 4),
        question("exp.heavy", "export-control", 3, 4),
        question("exp.wide", "export-control", 2, 2),
        question("exp.big-gap", "export-control", 3, 4),
      ],
      answers: [answer("gov.light", 2), answer("sup.second", 1), answer("sup.third", 1), answer("exp.heavy", 1), answer("exp.wide", 0), answer("exp.big-gap", 0)],
      profile: { handlesDesignatedInformation: true },
    });
    expect(result.gaps.map((gap) => [gap.key, gap.priority, gap.gap, gap.weight])).toEqual([
      ["exp.big-gap", 9, 3, 3], // highest priority
      ["exp.wide", 6, 3, 2], //    priority 6 with the biggest gap, 3
      ["exp.heavy", 6, 2, 3], //   gap 2 and weight 3: export control is the 6th domain…
      ["sup.second", 6, 2, 3], //  …supply chain the 7th
      ["sup.third", 6, 2, 3], //   same domain, later in the questionnaire
      ["gov.light", 6, 2, 2], //   weight 2 comes after weight 3, although governance is the 1st domain
    ]);
  });

  it("ignores answers to questions that are not in the questionnaire", () => {
    const result = scoreAssessment({ questions: [question("gov.policy", "governance", 1, 4)], answers: [answer("gov.policy", 2), answer("gov.retired", 0)], profile: {} });
    expect(result.domains[0]?.score).toBe(50);
    expect(result.overall.coverage.applicable).toBe(1);
  });

  it("gives null scores, no grade, no gaps and no NaN anywhere when nothing is scored", () => {
    const result = scoreAssessment({
      questions: [question("gov.policy", "governance", 2, 4), question("gov.owner", "governance", 1, 2, false), question("exp.classify", "export-control", 3, 4)],
      answers: [answer("gov.policy", null), answer("gov.owner", 2), answer("exp.classify", null, true)],
      profile: {},
    });
    for (const domain of result.domains) expect(domain).toMatchObject({ score: null, currentLevel: null, gap: null, gapPoints: null, priority: null, light: "none" });
    expect(result.overall).toEqual({
      score: null,
      grade: null,
      contributions: [],
      weightTotal: 0,
      coverage: { applicable: 2, answered: 1, notApplicable: 1, unanswered: 1, excluded: 1, percent: 50 },
    });
    expect(result.gaps).toEqual([]);
    expect(numbersIn(result).every(Number.isFinite)).toBe(true);
  });

  it("gives null coverage percent rather than NaN when no question applies", () => {
    const result = scoreAssessment({ questions: [], answers: [], profile: {} });
    expect(result.overall.coverage).toEqual({ applicable: 0, answered: 0, notApplicable: 0, unanswered: 0, excluded: 0, percent: null });
    expect(numbersIn(result).every(Number.isFinite)).toBe(true);
  });
});
