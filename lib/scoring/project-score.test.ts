import { describe, expect, it } from "vitest";
import { projectScore } from "./project-score";
import { scoreAssessment } from "./score-assessment";
import type { TScoringInput } from "./types";

// Governance, no exposure in the profile: target 3, risk 1.
const input: TScoringInput = {
  questions: [
    { key: "gov.policy", domain: "governance", weight: 3, maxLevel: 4, applies: true }, // level 1 of 4
    { key: "gov.owner", domain: "governance", weight: 1, maxLevel: 2, applies: true }, //  "no", 0 of 2
    { key: "gov.board", domain: "governance", weight: 2, maxLevel: 4, applies: true }, //  level 2 of 4
    { key: "gov.review", domain: "governance", weight: 1, maxLevel: 4, applies: true }, // level 4 of 4: no gap
    { key: "gov.open", domain: "governance", weight: 2, maxLevel: 4, applies: true }, //   unanswered
    { key: "exp.classify", domain: "export-control", weight: 1, maxLevel: 4, applies: true }, // level 1 of 4
  ],
  answers: [
    { questionKey: "gov.policy", level: 1, notApplicable: false },
    { questionKey: "gov.owner", level: 0, notApplicable: false },
    { questionKey: "gov.board", level: 2, notApplicable: false },
    { questionKey: "gov.review", level: 4, notApplicable: false },
    { questionKey: "gov.open", level: null, notApplicable: false },
    { questionKey: "exp.classify", level: 1, notApplicable: false },
  ],
  profile: {},
};

describe("[SCORING] what-if projection", () => {
  it("raises two questions to the level that meets the target and rescores their domain", () => {
    // Before: weightedSum = 3 · 1/4 + 1 · 0/2 + 2 · 2/4 + 1 · 4/4 = 0.75 + 0 + 1 + 1 = 2.75; weightTotal = 7
    //         score = 100 · 2.75 / 7 = 39.2857…
    // Done: gov.policy → ceil(3 · 4 / 4) = 3 of 4; gov.owner → ceil(3 · 2 / 4) = 2 of 2 ("yes")
    // After:  weightedSum = 3 · 3/4 + 1 · 2/2 + 2 · 2/4 + 1 · 4/4 = 2.25 + 1 + 1 + 1 = 5.25
    //         score = 100 · 5.25 / 7 = 75 → on target, green
    expect(scoreAssessment(input).domains[0]?.score).toBeCloseTo(275 / 7, 12);
    const projected = projectScore(input, ["gov.policy", "gov.owner"]);
    const governance = projected.domains[0];
    expect(governance?.score).toBe(75);
    expect(governance?.light).toBe("green");
    expect(governance?.questions.map((row) => [row.key, row.level])).toEqual([
      ["gov.policy", 3],
      ["gov.owner", 2],
      ["gov.board", 2],
      ["gov.review", 4],
      ["gov.open", null],
    ]);
    // The raised questions leave the gap list. gov.board (gap 1 · weight 2) and exp.classify (gap 2 · weight 1)
    // both have priority 2; exp.classify's bigger gap puts it first.
    expect(projected.gaps.map((gap) => gap.key)).toEqual(["exp.classify", "gov.board"]);
  });

  it("leaves questions without a gap, unanswered questions and unknown keys alone", () => {
    expect(projectScore(input, ["gov.review", "gov.open", "gov.retired"])).toEqual(scoreAssessment(input));
  });

  it("leaves the other domains' scores as they were", () => {
    const before = scoreAssessment(input);
    const after = projectScore(input, ["gov.policy"]);
    expect(after.domains.slice(1)).toEqual(before.domains.slice(1));
  });
});
