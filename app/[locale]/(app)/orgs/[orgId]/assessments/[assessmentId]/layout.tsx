// One assessment's pages: its title and status, and the tabs the caller may open.
import { getTranslations } from "next-intl/server";
import { AssessmentNav, type TAssessmentTab } from "@/components/assessments/assessment-nav";
import { Badge } from "@/components/ui/badge";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { localized } from "@/lib/i18n/localized";

export default async function AssessmentLayout({ children, params }: LayoutProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]">) {
  const { locale, orgId, assessmentId } = await params;
  const base = `/orgs/${orgId}/assessments/${assessmentId}`;
  const [{ membership, assessment }, t] = await Promise.all([requireAssessmentPage(orgId, assessmentId, base), getTranslations("assessments")]);
  // Contributors see results only when allowed to read every domain (lib/results/load-results.ts).
  const seesResults = membership.role !== "CONTRIBUTOR" || assessment.contributorsReadAll;
  const tabs: TAssessmentTab[] = seesResults ? ["answers", "dashboard", "plan", "scorecard", "history"] : ["answers", "plan", "history"];
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-xl font-semibold">{assessment.title}</h2>
        <Badge>{t(`statuses.${assessment.status}`)}</Badge>
        <span className="text-sm text-slate-700">
          {localized(assessment.questionnaire.title, locale)} · {t("versionShort", { version: assessment.questionnaire.version })}
          {assessment.revision > 1 && ` · ${t("revisionShort", { revision: assessment.revision })}`}
        </span>
      </div>
      <AssessmentNav base={base} tabs={tabs} />
      {children}
    </div>
  );
}
