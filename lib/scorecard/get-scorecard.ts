// The executive scorecard of one assessment in one language, for the page and its PDF.
import "server-only";
import type { TMembership } from "@/lib/authz/authorize";
import { translatorFor } from "@/lib/i18n/server-translator";
import { loadResults } from "@/lib/results/load-results";
import { buildScorecard } from "./build-scorecard";
import type { TScorecardView } from "./scorecard-view";

export async function getScorecard(membership: TMembership, { assessmentId, locale }: { assessmentId: string; locale: "ja" | "en" }): Promise<TScorecardView> {
  const results = await loadResults(membership, assessmentId);
  const t = translatorFor(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Asia/Tokyo" });
  const { assessment, previous } = results;
  return buildScorecard({
    locale,
    t: (key, values) => t(`scorecard.${key}` as never, values as never),
    formatDate: (date) => dates.format(date),
    now: new Date(),
    organizationName: membership.organization.name,
    unitName: results.unitName,
    assessment: { title: assessment.title, status: assessment.status, statusLabel: t(`assessments.statuses.${assessment.status}`), approvedAt: assessment.approvedAt },
    questionnaire: assessment.questionnaire,
    score: results.score,
    previous: previous && { title: previous.assessment.title, overallScore: previous.overallScore, domains: previous.domains },
    actions: results.actions,
  });
}
