// An assessment's dashboard: overall and domain scores against target (and last time), the
// largest gaps, the ten highest-priority gaps with their remediation steps, and "what if".
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DomainRadarChart, GapBarChart } from "@/components/results/charts";
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
import { titleFrom } from "@/lib/i18n/page-title";
import { domainRows, largestGaps } from "@/lib/results/domain-rows";
import { prioritizedGaps } from "@/lib/results/prioritized-gaps";
import { requireResultsPage } from "@/lib/results/require-results-page";
import { shownGap, shownScore } from "@/lib/results/shown-score";

export const generateMetadata = titleFrom("dashboard", "title");

export default async function DashboardPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]/dashboard">) {
  const { locale, orgId, assessmentId } = await params;
  setRequestLocale(locale);
  const { membership, results } = await requireResultsPage(orgId, assessmentId, `/orgs/${orgId}/assessments/${assessmentId}/dashboard`);
  if (!results) return <NoAccess />;
  const t = await getTranslations("dashboard");
  const { assessment, score, previous, input } = results;
  const titles = domainTitles(assessment.questionnaire, locale);
  const rows = domainRows({ score, titles, previous: previous?.domains });
  const gaps = prioritizedGaps({ score, questionnaire: assessment.questionnaire });
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
        <DomainScoreTable score={score} rows={rows} questionnaire={assessment.questionnaire} locale={locale} overrideBy={overrideBy} targetEditing={mayAdjust ? { organizationId: orgId, assessmentId } : null} />
      </Card>
      <Card className="space-y-3">
        <CardTitle>{t("topGapsTitle")}</CardTitle>
        <p className="text-sm text-slate-700">{t("priorityFormula")}</p>
        {gaps.length === 0 ? <p className="text-sm text-slate-700">{t("noGaps")}</p> : <TopGapsList gaps={gaps.slice(0, 10)} titles={titles} locale={locale} />}
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
