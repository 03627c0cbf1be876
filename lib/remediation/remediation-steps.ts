// The questionnaire's remediation steps that take one question from where it is to its target:
// one step per level in between, in order. Pure.
import type { TRemediationStep } from "@/lib/questionnaires/schema";

export function remediationSteps({ steps, level, levelToReachTarget }: { steps: TRemediationStep[]; level: number | null; levelToReachTarget: number | null }): TRemediationStep[] {
  if (level === null || levelToReachTarget === null) return [];
  return steps.filter((step) => step.fromLevel >= level && step.fromLevel < levelToReachTarget).sort((a, b) => a.fromLevel - b.fromLevel);
}
