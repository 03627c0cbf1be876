// An assessment's dashboard: overall and domain scores against target (and last time), the
// largest gaps, the ten highest-priority gaps with their remediation steps, and "what if".
// ?explain=<domain> shows how that domain's score and target come about.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { DomainRadarChart, GapBarChart } from "@/components/results/charts";
import { DomainExplanation } from "@/components/results/domain-explanation";
import { DomainScoreTable } from "@/components/results/domain-score-table";
import { OverallSummary } from "@/components/results/overall-summary";
import { TopGapsList } from "@/components/results/top-gaps-list";
import { WhatIf } from "@/components/results/what-if";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { can } from "@/lib/authz/roles";
import { localized } from "@/lib/i18n/localized";
import { domainTitles } from "@/lib/questionnaires/domain-titles";
import { ZDomainKey } from "@/lib/questionnaires/schema";
import { titleFrom } from "@/lib/i18n/page-title";
import { domainRows, largestGaps } from "@/lib/results/domain-rows";
import { prioritizedGaps } from "@/lib/results/prioritized-gaps";
import { requireResultsPage } from "@/lib/results/require-results-page";
import { shownGap, shownScore } from "@/lib/results/shown-score";

export const generateMetadata = titleFrom("dashboard", "title");

const ZDashboardQuery = z.object({ explain: ZDomainKey.optional().catch(undefined) });

/** How many gaps the dashboard lists, and offers for "what if"; the plan has them all. */
const TOP_GAPS = 10;

export default async function DashboardPage({ params, searchParams }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]/dashboard">) {
  const { locale, orgId, assessmentId } = await params;
  setRequestLocale(locale);
  const basePath = `/orgs/${orgId}/assessments/${assessmentId}/dashboard`;
  const { membership, results } = await requireResultsPage(orgId, assessmentId, basePath);
  if (!results) return <NoAccess />;
  const [t, { explain }] = await Promise.all([getTranslations("dashboard"), searchParams.then((query) => ZDashboardQuery.parse(query))]);
  const { assessment, score, previous, input } = results;
  const titles = domainTitles(assessment.questionnaire, locale);
  const rows = domainRows({ score, titles, previous: previous?.domains });
  const gaps = prioritizedGaps({ score, questionnaire: assessment.questionnaire }).slice(0, TOP_GAPS);
  const explainedIndex = explain ? assessment.questionnaire.domains.findIndex((domain) => domain.key === explain) : -1;
  const overrideBy = new Map(results.targets.map((target) => [target.domain, target.setBy.name]));
  const mayAdjust = can(membership.role, "target.set") && assessment.status !== "APPROVED";
  const series = { current: t("series.current"), target: t("series.target"), previous: t("series.previous") };

  return (
    <div className="space-y-6">
      {assessment.status !== "APPROVED" && <Alert tone="info">{t("provisional")}</Alert>}
      <OverallSummary score={score} titles={titles} previous={previous && { title: previous.assessment.title, overallScore: previous.overallScore }} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="space-y-2">
          <CardTitle>{t("radarTitle")}</CardTitle>
          <p className="text-xs text-slate-600">{t("chartTableNote")}</p>
          <DomainRadarChart
            data={rows.map((row) => ({ domain: row.title, current: shownScore(row.score), target: row.targetScore, previous: shownScore(row.previousScore) }))}
            labels={series}
            showPrevious={previous !== null}
          />
        </Card>
        <Card className="space-y-2">
          <CardTitle>{t("gapChartTitle")}</CardTitle>
          {largestGaps(rows).length === 0 ? (
            <p className="text-sm text-slate-700">{t("noGaps")}</p>
          ) : (
            <>
              <p className="text-xs text-slate-600">{t("chartTableNote")}</p>
              <GapBarChart data={largestGaps(rows).map((row) => ({ domain: row.title, gap: shownGap(row.gapPoints)! }))} label={t("series.gap")} />
            </>
          )}
        </Card>
      </div>
      <Card className="p-0">
        <p className="px-4 pt-3 text-xs text-slate-600">{t("explainHint")}</p>
        <DomainScoreTable rows={rows} basePath={basePath} explained={explain ?? null} />
        {explainedIndex >= 0 && (
          <div id="explanation" className="border-t border-slate-200 p-4">
            <DomainExplanation
              domain={score.domains[explainedIndex]!}
              content={assessment.questionnaire.domains[explainedIndex]!}
              number={explainedIndex + 1}
              locale={locale}
              overrideBy={overrideBy.get(explain!) ?? null}
              targetEditing={mayAdjust ? { organizationId: orgId, assessmentId } : null}
            />
          </div>
        )}
      </Card>
      <Card className="space-y-3">
        <CardTitle>{t("topGapsTitle")}</CardTitle>
        <p className="text-sm text-slate-700">{t("priorityFormula")}</p>
        {gaps.length === 0 ? <p className="text-sm text-slate-700">{t("noGaps")}</p> : <TopGapsList gaps={gaps} titles={titles} locale={locale} />}
      </Card>
      {gaps.length > 0 && (
        <Card className="space-y-3 print:hidden">
          <CardTitle>{t("whatIfTitle")}</CardTitle>
          <WhatIf
            input={input}
            currentScore={score.overall.score}
            domainTitles={titles}
            options={gaps.map((gap) => ({ key: gap.questionKey, label: `${gap.rank}. ${titles[gap.domain]} — ${localized(gap.questionText, locale)}` }))}
          />
        </Card>
      )}
    </div>
  );
}
