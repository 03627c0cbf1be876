// Turns an assessment's questions, answers, profile and hand-set targets into the scoring
// model's input. Pure.
import type { TApplicableQuestion, TProfileAnswers } from "@/lib/assessments/applicability";
import type { TAnswerState } from "@/lib/assessments/progress";
import type { TDomainKey } from "@/lib/questionnaires/schema";
import type { TScoringInput } from "@/lib/scoring/types";

export type TTargetRow = { domain: string; targetLevel: number; reason: string };

export function scoringInputFor({ questions, answers, profile, targets }: { questions: TApplicableQuestion[]; answers: TAnswerState[]; profile: TProfileAnswers; targets: TTargetRow[] }): TScoringInput {
  return {
    questions: questions.map((question) => ({
      key: question.key,
      domain: question.domain,
      weight: question.weight,
      maxLevel: question.answer.levels.length - 1,
      applies: question.applies,
    })),
    answers: answers.map(({ questionKey, level, notApplicable }) => ({ questionKey, level, notApplicable })),
    profile,
    targetOverrides: targets.map((target) => ({ domain: target.domain as TDomainKey, targetLevel: target.targetLevel, reason: target.reason })),
  };
}
