import { describe, expect, it } from "vitest";
import { domainTitles } from "@/lib/questionnaires/domain-titles";
import { scoredFixture } from "@/tests/scored-fixture";
import { domainRows, largestGaps } from "./domain-rows";
import { prioritizedGaps } from "./prioritized-gaps";

describe("[RESULTS] dashboard data", () => {
  const { questionnaire, score } = scoredFixture();

  it("puts each domain's score beside its target and last time's score", () => {
    const rows = domainRows({ score, titles: domainTitles(questionnaire, "en"), previous: [{ domain: "governance", score: 60 }] });
    expect(rows[0]).toMatchObject({ key: "governance", title: "governance", score: 80, targetLevel: 3, targetScore: 75, previousScore: 60, gapPoints: 0, light: "green" });
    expect(rows[1]).toMatchObject({ key: "sensitive-technology", score: 25, gapPoints: 50, light: "red", previousScore: null });
    expect(rows[2]).toMatchObject({ key: "personnel-clearance", score: null, gapPoints: null, light: "none" });
    // Nothing answered in the others: no gap is claimed for them.
    expect(largestGaps(rows).map((row) => [row.key, row.gapPoints])).toEqual([
      ["sensitive-technology", 50],
      ["research-firewalls", 25],
    ]);
  });

  it("lists gaps by priority with the steps from the current level to the one that meets the target", () => {
    const gaps = prioritizedGaps({ score, questionnaire });
    expect(gaps.map((gap) => [gap.rank, gap.questionKey, gap.priority])).toEqual([
      [1, "qb.first", 4],
      [2, "qa.first", 2],
      [3, "firewall.disclosure", 2],
    ]);
    expect(gaps[0]).toMatchObject({ level: 1, levelToReachTarget: 3, targetLevel: 3, gap: 2, weight: 2, riskFactor: 1 });
    expect(gaps[0]!.steps.map((step) => step.text.en)).toEqual(["Step 1 of qb.first", "Step 2 of qb.first"]);
    // On a yes/partial/no scale, "partial" (1 of 2) is level 2 of 4; level 3 needs "yes".
    expect(gaps[2]).toMatchObject({ level: 1, maxLevel: 2, levelToReachTarget: 2 });
    expect(gaps[2]!.steps.map((step) => step.fromLevel)).toEqual([1]);
  });
});
