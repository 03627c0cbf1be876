// An assessment's remediation plan: one action per gap in priority order, with its steps, owner,
// due date and status. Contributors who cannot read every domain see the actions they own.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { ActionForm, type TActionFormMode } from "@/components/remediation/action-form";
import { ActionSummary } from "@/components/remediation/action-summary";
import { DraftPlanButton } from "@/components/remediation/draft-plan-button";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { dueDateInputValue } from "@/lib/assessments/due-date";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { can } from "@/lib/authz/roles";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { titleFrom } from "@/lib/i18n/page-title";
import { domainTitles } from "@/lib/questionnaires/domain-titles";
import { listAssignableMembers } from "@/lib/members/list-assignable-members";
import { loadPlan } from "@/lib/remediation/load-plan";
import { planSummary } from "@/lib/remediation/plan-summary";

export const generateMetadata = titleFrom("plan", "title");

const ZPlanQuery = z.object({ mine: z.literal("1").optional().catch(undefined) });

export default async function PlanPage({ params, searchParams }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]/plan">) {
  const { locale, orgId, assessmentId } = await params;
  setRequestLocale(locale);
  const base = `/orgs/${orgId}/assessments/${assessmentId}/plan`;
  const { membership } = await requireAssessmentPage(orgId, assessmentId, base);
  const onlyMine = ZPlanQuery.parse(await searchParams).mine === "1";
  const [plan, members, t, tDashboard] = await Promise.all([loadPlan(membership, assessmentId), listAssignableMembers(membership), getTranslations("plan"), getTranslations("dashboard")]);
  const manager = can(membership.role, "plan.manage");
  const titles = domainTitles(plan.questionnaire, locale);
  const rows = onlyMine || plan.ownOnly ? plan.rows.filter((row) => row.ownerId === membership.userId) : plan.rows;
  const summary = planSummary(plan.rows);
  const modeFor = (ownerId: string | null): TActionFormMode => (manager ? "manage" : can(membership.role, "plan.update") && ownerId === membership.userId ? "own" : "read");

  return (
    <div className="space-y-5">
      <Card className="space-y-3">
        <p className="text-sm text-slate-700">{t("intro")}</p>
        {plan.rows.length > 0 && (
          <p className="text-sm font-medium text-slate-900" data-testid="plan-summary">
            {t("summary", { closed: summary.done + summary.riskAccepted, total: summary.total, percent: summary.percentDone, open: summary.open, inProgress: summary.inProgress, overdue: summary.overdue })}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          {manager && plan.hasGapsWithoutAction && <DraftPlanButton organizationId={orgId} assessmentId={assessmentId} />}
          {!plan.ownOnly && (
            <Link href={onlyMine ? base : `${base}?mine=1`} className="text-sm text-brand-700 underline">
              {onlyMine ? t("all") : t("onlyMine")}
            </Link>
          )}
        </div>
        {plan.ownOnly && <p className="text-sm text-slate-700">{t("onlyOwnNote")}</p>}
        {!manager && !plan.ownOnly && <p className="text-xs text-slate-600">{t("readOnly")}</p>}
      </Card>
      {plan.rows.length === 0 && <Alert tone="info">{t("empty")}</Alert>}
      <ol className="space-y-4">
        {rows.map((row) => (
          <li key={row.id} data-action={row.questionKey}>
            <Card className="space-y-3">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold text-slate-900">
                  {row.rank ? `${row.rank}. ` : ""}
                  {row.domainKey ? titles[row.domainKey] : row.domain}
                </h3>
                {row.overdue && <Badge className="bg-red-50 text-red-800">{t("overdue")}</Badge>}
                <Badge>{t(`statuses.${row.status}`)}</Badge>
              </div>
              <p className="text-sm text-slate-900">{row.questionText ? localized(row.questionText, locale) : row.questionKey}</p>
              {row.gap ? (
                <>
                  <p className="text-xs text-slate-700">
                    {tDashboard("gapLine", { level: row.gap.level, needed: row.gap.levelToReachTarget, priority: Math.round(row.gap.priority * 100) / 100, gap: Math.round(row.gap.gap * 100) / 100, weight: row.gap.weight, risk: row.gap.riskFactor })}
                  </p>
                  <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
                    {row.gap.steps.map((step) => (
                      <li key={step.fromLevel}>{localized(step.text, locale)}</li>
                    ))}
                  </ol>
                </>
              ) : (
                <p className="text-xs text-slate-700">{t("gapClosed")}</p>
              )}
              {modeFor(row.ownerId) === "read" ? (
                <ActionSummary ownerName={row.owner?.name ?? null} dueDate={row.dueDate} status={row.status} riskAcceptedReason={row.riskAcceptedReason} notes={row.notes} />
              ) : (
                <ActionForm
                  organizationId={orgId}
                  assessmentId={assessmentId}
                  members={members}
                  mode={modeFor(row.ownerId)}
                  action={{ id: row.id, version: row.version, ownerId: row.ownerId, dueDate: dueDateInputValue(row.dueDate), status: row.status, riskAcceptedReason: row.riskAcceptedReason ?? "", notes: row.notes ?? "" }}
                />
              )}
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
