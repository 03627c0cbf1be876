import { describe, expect, it } from "vitest";
import { resolveTargets } from "./resolve-targets";
import { scoreDomain } from "./score-domain";
import type { TScoringAnswer, TScoringQuestion } from "./types";

const question = (key: string, weight: number, maxLevel: number, applies = true): TScoringQuestion => ({ key, domain: "governance", weight, maxLevel, applies });
const answer = (questionKey: string, level: number | null, notApplicable = false): TScoringAnswer => ({ questionKey, level, notApplicable });

describe("[SCORING] a domain", () => {
  // Governance with no exposure in the profile: target 3, risk factor 1.
  const questions = [
    question("gov.policy", 3, 4), //        maturity, level 2 → fraction 2/4 = 0.5,  weight · fraction = 3 · 0.5  = 1.5
    question("gov.owner", 2, 2), //         yes,      level 2 → fraction 2/2 = 1,    weight · fraction = 2 · 1    = 2
    question("gov.board", 1, 4), //         maturity, level 3 → fraction 3/4 = 0.75, weight · fraction = 1 · 0.75 = 0.75
    question("gov.subsidiaries", 2, 2), //  not applicable: leaves the denominator
    question("gov.clearance", 3, 4, false), // excluded by the profile, although answered 4
    question("gov.review", 1, 4), //        unanswered: counted in coverage, not scored as zero
  ];
  const answers = [
    answer("gov.policy", 2),
    answer("gov.owner", 2),
    answer("gov.board", 3),
    answer("gov.subsidiaries", null, true),
    answer("gov.clearance", 4),
    answer("gov.review", null),
  ];
  const domain = scoreDomain({
    domain: "governance",
    questions,
    answersByKey: new Map(answers.map((entry) => [entry.questionKey, entry])),
    resolved: resolveTargets({ profile: {} }).governance,
  });

  it("averages the scored questions by weight, mixing maturity and yes/partial/no answers", () => {
    // weightedSum = 1.5 + 2 + 0.75 = 4.25; weightTotal = 3 + 2 + 1 = 6
    // score = 100 · 4.25 / 6 = 70.8333…; currentLevel = 70.8333… / 25 = 2.8333…
    expect(domain.weightedSum).toBe(4.25);
    expect(domain.weightTotal).toBe(6);
    expect(domain.score).toBeCloseTo(425 / 6, 12);
    expect(domain.currentLevel).toBeCloseTo(17 / 6, 12);
  });

  it("counts coverage over the questions the profile leaves in", () => {
    // applicable = 6 − 1 excluded = 5; answered = 3 scored + 1 N/A = 4; percent = 100 · 4 / 5 = 80
    expect(domain.coverage).toEqual({ applicable: 5, answered: 4, notApplicable: 1, unanswered: 1, excluded: 1, percent: 80 });
  });

  it("measures the gap to target in levels and in points, and weights it by risk for priority", () => {
    // gap = max(0, 3 − 2.8333…) = 0.1666…; gapPoints = max(0, 75 − 70.8333…) = 4.1666…
    // priority = 0.1666… · 1 = 0.1666…; light: 70.83 ≥ 50 but < 75 → amber
    expect(domain.target).toEqual({ level: 3, profileLevel: 3, source: "profile", rules: [] });
    expect(domain.risk).toEqual({ factor: 1, rules: [] });
    expect(domain.gap).toBeCloseTo(1 / 6, 12);
    expect(domain.gapPoints).toBeCloseTo(25 / 6, 12);
    expect(domain.priority).toBeCloseTo(1 / 6, 12);
    expect(domain.light).toBe("amber");
  });

  it("keeps one explanation row per question, in questionnaire order", () => {
    expect(domain.questions.map((row) => [row.key, row.status, row.currentLevel, row.gap, row.priority])).toEqual([
      // level 2 of 4 → 2; gap 3 − 2 = 1; priority 1 · 3 · 1 = 3
      ["gov.policy", "scored", 2, 1, 3],
      ["gov.owner", "scored", 4, 0, 0],
      ["gov.board", "scored", 3, 0, 0],
      ["gov.subsidiaries", "notApplicable", null, null, null],
      ["gov.clearance", "excluded", null, null, null],
      ["gov.review", "unanswered", null, null, null],
    ]);
  });

  it("has a null score, level, gap and priority and no light when nothing is scored", () => {
    const empty = scoreDomain({ domain: "governance", questions: questions.slice(3), answersByKey: new Map(), resolved: resolveTargets({ profile: {} }).governance });
    expect(empty).toMatchObject({ weightedSum: 0, weightTotal: 0, score: null, currentLevel: null, gap: null, gapPoints: null, priority: null, light: "none" });
    // gov.subsidiaries is now simply unanswered, since no answers were passed.
    expect(empty.coverage).toEqual({ applicable: 2, answered: 0, notApplicable: 0, unanswered: 2, excluded: 1, percent: 0 });
  });
});
