// Builds the executive scorecard from an assessment's results, in one language: overall grade
// and trend, a light per domain, the three biggest risks in plain words, the plan's progress.
// Pure: the translations and the date format come in as functions.
import type { TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import { localized } from "@/lib/i18n/localized";
import { prioritizedGaps } from "@/lib/results/prioritized-gaps";
import { planSummary, type TActionState } from "@/lib/remediation/plan-summary";
import { POINTS_PER_LEVEL } from "@/lib/scoring/scale";
import { shownScore } from "@/lib/results/shown-score";
import type { TAssessmentScore } from "@/lib/scoring/types";
import type { TScorecardView } from "./scorecard-view";

/** A translator for the "scorecard" messages (next-intl's, or a test double). */
export type TScorecardTranslate = (key: string, values?: Record<string, string | number>) => string;

export type TScorecardInput = {
  locale: "ja" | "en";
  t: TScorecardTranslate;
  formatDate: (date: Date) => string;
  now: Date;
  organizationName: string;
  unitName: string | null;
  assessment: { title: string; status: string; statusLabel: string; approvedAt: Date | null };
  questionnaire: TQuestionnaire;
  score: TAssessmentScore;
  previous: { title: string; overallScore: number | null; domains: { domain: string; score: number | null }[] } | null;
  actions: TActionState[];
};


function trendLine({ t, score, previous }: Pick<TScorecardInput, "t" | "score" | "previous">): string | null {
  if (!previous || previous.overallScore === null || score.overall.score === null) return null;
  const delta = shownScore(score.overall.score)! - shownScore(previous.overallScore)!;
  if (delta === 0) return t("trendSame", { title: previous.title });
  return t(delta > 0 ? "trendUp" : "trendDown", { delta: Math.abs(delta), title: previous.title });
}

export function buildScorecard(input: TScorecardInput): TScorecardView {
  const { t, locale, score, questionnaire, previous } = input;
  const previousByDomain = new Map((previous?.domains ?? []).map((row) => [row.domain, row.score]));
  const titles = new Map(questionnaire.domains.map((domain) => [domain.key, localized(domain.title, locale)]));
  // The three biggest risks: the top gaps, one per domain, so three different risks are named.
  const seen = new Set<string>();
  const risks = prioritizedGaps({ score, questionnaire })
    .filter((gap) => !seen.has(gap.domain) && seen.add(gap.domain))
    .slice(0, 3)
    .map((gap) => ({
      domain: titles.get(gap.domain)!,
      risk: t(`domainRisks.${gap.domain}`),
      finding: t("finding", { question: localized(gap.questionText, locale), level: gap.level, needed: gap.levelToReachTarget }),
      nextStep: gap.steps[0] ? localized(gap.steps[0].text, locale) : null,
    }));
  const plan = planSummary(input.actions, input.now);
  return {
    locale,
    labels: {
      heading: t("heading"),
      overall: t("overall"),
      grade: t("grade"),
      score: t("score"),
      target: t("target"),
      previous: t("previous"),
      trend: t("trend"),
      domains: t("domains"),
      domain: t("domain"),
      status: t("status"),
      risks: t("risks"),
      nextStep: t("nextStep"),
      plan: t("plan"),
      planSummary: plan.total === 0 ? t("planEmpty") : t("planSummary", { closed: plan.done + plan.riskAccepted, total: plan.total, percent: plan.percentDone }),
      planOpen: t("planOpen"),
      planInProgress: t("planInProgress"),
      planDone: t("planDone"),
      planRiskAccepted: t("planRiskAccepted"),
      planOverdue: t("planOverdue"),
      noScore: t("noScore"),
      footer: t("footer", { organization: input.organizationName, date: input.formatDate(input.now) }),
    },
    organizationName: input.organizationName,
    unitName: input.unitName,
    assessmentTitle: input.assessment.title,
    questionnaireTitle: localized(questionnaire.title, locale),
    statusLine: input.assessment.approvedAt ? t("approvedOn", { date: input.formatDate(input.assessment.approvedAt) }) : t("provisional", { status: input.assessment.statusLabel }),
    overall: { score: shownScore(score.overall.score), grade: score.overall.grade, previousScore: shownScore(previous?.overallScore ?? null), trendLine: trendLine(input) },
    domains: score.domains.map((domain) => ({
      title: titles.get(domain.domain)!,
      score: shownScore(domain.score),
      targetScore: POINTS_PER_LEVEL * domain.target.level,
      light: domain.light,
      lightLabel: t(`lights.${domain.light}`),
      previousScore: shownScore(previousByDomain.get(domain.domain) ?? null),
    })),
    risks,
    plan,
  };
}
