import { describe, expect, it } from "vitest";
import type { TRemediationStep } from "@/lib/questionnaires/schema";
import { remediationSteps } from "./remediation-steps";

const step = (fromLevel: number): TRemediationStep => ({ fromLevel, text: { ja: `手順 ${fromLevel}`, en: `Step ${fromLevel}` }, effort: "S", ownerRole: "security-lead" });
const steps = [step(3), step(0), step(2), step(1)];

describe("[REMEDIATION] steps for a gap", () => {
  it("lists one step per level from the current level up to the one that meets the target, in order", () => {
    expect(remediationSteps({ steps, level: 1, levelToReachTarget: 3 }).map((each) => each.fromLevel)).toEqual([1, 2]);
    expect(remediationSteps({ steps, level: 0, levelToReachTarget: 4 }).map((each) => each.fromLevel)).toEqual([0, 1, 2, 3]);
  });

  it("has nothing to do for a question without a gap or without an answer", () => {
    expect(remediationSteps({ steps, level: 3, levelToReachTarget: null })).toEqual([]);
    expect(remediationSteps({ steps, level: null, levelToReachTarget: 3 })).toEqual([]);
  });
});
