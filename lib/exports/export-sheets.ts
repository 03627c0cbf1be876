// The tables an assessment exports — domains, answers, gaps, actions — as plain rows in one
// language, for XLSX and CSV alike. Pure.
import { dueDateInputValue } from "@/lib/assessments/due-date";
import { localized } from "@/lib/i18n/localized";
import type { TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import { prioritizedGaps } from "@/lib/results/prioritized-gaps";
import { shownGapTenths, shownTenths } from "@/lib/results/shown-score";
import type { TAssessmentScore } from "@/lib/scoring/types";

export type TSheetKey = "domains" | "answers" | "gaps" | "actions";
export type TCell = string | number | null;
export type TSheet = { key: TSheetKey; name: string; headers: string[]; rows: TCell[][] };

export type TExportInput = {
  locale: "ja" | "en";
  /** A translator for the "exports" messages. */
  t: (key: string) => string;
  lightLabel: (light: string) => string;
  questionnaire: TQuestionnaire;
  score: TAssessmentScore;
  answers: { questionKey: string; level: number | null; notApplicable: boolean; justification: string | null; note: string | null }[];
  actions: { questionKey: string; status: string; dueDate: Date | null; riskAcceptedReason: string | null; notes: string | null; owner: { name: string } | null }[];
};


function sheet(input: TExportInput, key: TSheetKey, columns: string[], rows: TCell[][]): TSheet {
  return { key, name: input.t(`sheets.${key}`), headers: columns.map((column) => input.t(`columns.${column}`)), rows };
}

export function exportSheets(input: TExportInput): TSheet[] {
  const { locale, questionnaire, score, t } = input;
  const questions = questionnaire.domains.flatMap((domain) => domain.questions.map((question) => ({ question, domainTitle: localized(domain.title, locale) })));
  const byKey = new Map(questions.map((entry) => [entry.question.key, entry]));
  const answers = new Map(input.answers.map((answer) => [answer.questionKey, answer]));
  const statuses = new Map(score.domains.flatMap((domain) => domain.questions.map((row) => [row.key, row.status])));
  const gaps = prioritizedGaps({ score, questionnaire });
  const rankOf = new Map(gaps.map((gap) => [gap.questionKey, gap.rank]));

  const domains = score.domains.map((domain, index) => [
    `${index + 1}. ${localized(questionnaire.domains[index]!.title, locale)}`,
    shownTenths(domain.score),
    domain.target.level,
    25 * domain.target.level,
    shownGapTenths(domain.gapPoints),
    shownTenths(domain.coverage.percent),
    input.lightLabel(domain.light),
  ]);
  const answerRows = questions.map(({ question, domainTitle }) => {
    const answer = answers.get(question.key);
    const level = answer?.notApplicable ? null : (answer?.level ?? null);
    return [
      domainTitle,
      question.key,
      localized(question.text, locale),
      t(`answerStatus.${statuses.get(question.key) ?? "unanswered"}`),
      level,
      question.answer.levels.length - 1,
      level === null ? null : localized(question.answer.levels[level]!, locale),
      answer?.justification ?? null,
      answer?.note ?? null,
    ];
  });
  const gapRows = gaps.map((gap) => [
    gap.rank,
    byKey.get(gap.questionKey)!.domainTitle,
    localized(gap.questionText, locale),
    shownTenths(gap.currentLevel),
    gap.levelToReachTarget,
    gap.gap,
    gap.weight,
    gap.riskFactor,
    gap.priority,
    gap.steps.map((step, index) => `${index + 1}. ${localized(step.text, locale)}`).join("\n"),
  ]);
  const actionRows = [...input.actions]
    .sort((a, b) => (rankOf.get(a.questionKey) ?? Infinity) - (rankOf.get(b.questionKey) ?? Infinity))
    .map((action) => [
      rankOf.get(action.questionKey) ?? null,
      byKey.get(action.questionKey)?.domainTitle ?? null,
      byKey.get(action.questionKey) ? localized(byKey.get(action.questionKey)!.question.text, locale) : action.questionKey,
      action.owner?.name ?? null,
      dueDateInputValue(action.dueDate) || null,
      t(`actionStatus.${action.status}`),
      action.riskAcceptedReason,
      action.notes,
    ]);
  return [
    sheet(input, "domains", ["domain", "score", "targetLevel", "targetScore", "gapPoints", "coverage", "light"], domains),
    sheet(input, "answers", ["domain", "questionKey", "question", "status", "level", "maxLevel", "levelText", "justification", "note"], answerRows),
    sheet(input, "gaps", ["rank", "domain", "question", "currentLevel", "neededLevel", "gap", "weight", "riskFactor", "priority", "steps"], gapRows),
    sheet(input, "actions", ["rank", "domain", "question", "owner", "dueDate", "actionStatus", "riskAcceptedReason", "notes"], actionRows),
  ];
}
