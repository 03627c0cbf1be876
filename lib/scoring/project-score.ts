// "What if": the score once the listed questions have been brought up to their domain's target.
import { scoreAssessment } from "./score-assessment";
import type { TAssessmentScore, TScoringInput } from "./types";

/**
 * Raises each listed question that has a gap to its `levelToReachTarget` and scores again.
 * Questions without a gap, unanswered, not applicable or excluded are left as they are, and no
 * level is ever lowered: the projection shows progress, not a different assessment.
 */
export function projectScore(input: TScoringInput, doneQuestionKeys: string[]): TAssessmentScore {
  const done = new Set(doneQuestionKeys);
  const raiseTo = new Map<string, number>();
  for (const domain of scoreAssessment(input).domains) {
    for (const question of domain.questions) {
      if (done.has(question.key) && question.levelToReachTarget !== null) raiseTo.set(question.key, question.levelToReachTarget);
    }
  }
  const answers = input.answers.map((answer) => {
    const target = raiseTo.get(answer.questionKey);
    if (target === undefined || answer.level === null || answer.notApplicable) return answer;
    return { ...answer, level: Math.max(answer.level, target) };
  });
  return scoreAssessment({ ...input, answers });
}
