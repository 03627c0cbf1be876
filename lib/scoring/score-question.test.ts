import { describe, expect, it } from "vitest";
import { levelToReach, scoreQuestion } from "./score-question";
import type { TScoringQuestion } from "./types";

const maturity: TScoringQuestion = { key: "gov.policy", domain: "governance", weight: 2, maxLevel: 4, applies: true };
const yesPartialNo: TScoringQuestion = { key: "gov.owner", domain: "governance", weight: 3, maxLevel: 2, applies: true };

describe("[SCORING] a single question", () => {
  it("puts a maturity answer on the common scale as it is: level 3 of 4 is level 3", () => {
    // fraction = 3 / 4 = 0.75; currentLevel = 4 · 0.75 = 3; gap to target 4 = 4 − 3 = 1
    // priority = gap · weight · risk = 1 · 2 · 1.5 = 3; level to reach 4 = ceil(4 · 4 / 4) = 4
    const row = scoreQuestion({ question: maturity, answer: { questionKey: "gov.policy", level: 3, notApplicable: false }, targetLevel: 4, riskFactor: 1.5 });
    expect(row).toEqual({ key: "gov.policy", weight: 2, maxLevel: 4, status: "scored", level: 3, fraction: 0.75, currentLevel: 3, gap: 1, priority: 3, levelToReachTarget: 4 });
  });

  it("stretches a yes/partial/no answer to the common scale: 'partial' is level 2, 'yes' is level 4", () => {
    // partial: fraction = 1 / 2 = 0.5; currentLevel = 4 · 0.5 = 2; gap to 3 = 1; priority = 1 · 3 · 1 = 3
    // level to reach 3 on a 0..2 scale = ceil(3 · 2 / 4) = ceil(1.5) = 2 ("yes")
    const partial = scoreQuestion({ question: yesPartialNo, answer: { questionKey: "gov.owner", level: 1, notApplicable: false }, targetLevel: 3, riskFactor: 1 });
    expect(partial).toMatchObject({ fraction: 0.5, currentLevel: 2, gap: 1, priority: 3, levelToReachTarget: 2 });
    const yes = scoreQuestion({ question: yesPartialNo, answer: { questionKey: "gov.owner", level: 2, notApplicable: false }, targetLevel: 4, riskFactor: 1 });
    expect(yes).toMatchObject({ fraction: 1, currentLevel: 4, gap: 0, priority: 0, levelToReachTarget: null });
  });

  it("never reports a negative gap when the answer is above target", () => {
    const row = scoreQuestion({ question: maturity, answer: { questionKey: "gov.policy", level: 4, notApplicable: false }, targetLevel: 3, riskFactor: 1 });
    expect(row).toMatchObject({ currentLevel: 4, gap: 0, priority: 0, levelToReachTarget: null });
  });

  it("clamps a level outside the question's scale to 0..maxLevel", () => {
    const above = scoreQuestion({ question: yesPartialNo, answer: { questionKey: "gov.owner", level: 7, notApplicable: false }, targetLevel: 3, riskFactor: 1 });
    expect(above).toMatchObject({ level: 2, fraction: 1, currentLevel: 4 });
    const below = scoreQuestion({ question: maturity, answer: { questionKey: "gov.policy", level: -1, notApplicable: false }, targetLevel: 3, riskFactor: 1 });
    expect(below).toMatchObject({ level: 0, fraction: 0, currentLevel: 0, gap: 3, levelToReachTarget: 3 });
  });

  it("gives no numbers to a question that is excluded, not applicable or unanswered", () => {
    const empty = { level: null, fraction: null, currentLevel: null, gap: null, priority: null, levelToReachTarget: null };
    const cases = [
      // Excluded by the profile wins over whatever the answer says.
      { question: { ...maturity, applies: false }, answer: { questionKey: "gov.policy", level: 4, notApplicable: false }, status: "excluded" },
      // Not applicable wins over a level left behind from before.
      { question: maturity, answer: { questionKey: "gov.policy", level: 2, notApplicable: true }, status: "notApplicable" },
      { question: maturity, answer: { questionKey: "gov.policy", level: null, notApplicable: false }, status: "unanswered" },
      { question: maturity, answer: undefined, status: "unanswered" },
      // A NaN level from a broken client counts as no answer rather than poisoning the sums.
      { question: maturity, answer: { questionKey: "gov.policy", level: Number.NaN, notApplicable: false }, status: "unanswered" },
    ] as const;
    for (const { question, answer, status } of cases) {
      expect(scoreQuestion({ question, answer, targetLevel: 3, riskFactor: 1 })).toEqual({ key: "gov.policy", weight: 2, maxLevel: 4, status, ...empty });
    }
  });

  it("finds the lowest level on the question's own scale that meets each target", () => {
    // maturity: ceil(t · 4 / 4) = t. yes/partial/no: ceil(t · 2 / 4): 1 → 1, 2 → 1, 3 → 2, 4 → 2.
    expect([1, 2, 3, 4].map((targetLevel) => levelToReach({ targetLevel, maxLevel: 4 }))).toEqual([1, 2, 3, 4]);
    expect([1, 2, 3, 4].map((targetLevel) => levelToReach({ targetLevel, maxLevel: 2 }))).toEqual([1, 1, 2, 2]);
  });
});
