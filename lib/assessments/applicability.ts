// Which questions apply to an organization, from its profile answers. Pure.
import type { TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import type { TAppliesIf, TDomainKey, TQuestion } from "@/lib/questionnaires/schema";

/** Profile answers by profile-question key; an unanswered question counts as "no". */
export type TProfileAnswers = Record<string, boolean>;

export function applies(condition: TAppliesIf | undefined, profile: TProfileAnswers): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((key) => profile[key] === true);
  return condition.any.some((key) => profile[key] === true);
}

export type TApplicableQuestion = TQuestion & { domain: TDomainKey; applies: boolean };

export function questionsWithApplicability(questionnaire: TQuestionnaire, profile: TProfileAnswers): TApplicableQuestion[] {
  return questionnaire.domains.flatMap((domain) =>
    domain.questions.map((question) => ({ ...question, domain: domain.key, applies: applies(question.appliesIf, profile) })),
  );
}

export function isProfileComplete(questionnaire: TQuestionnaire, profile: TProfileAnswers): boolean {
  return questionnaire.profile.every((question) => typeof profile[question.key] === "boolean");
}
