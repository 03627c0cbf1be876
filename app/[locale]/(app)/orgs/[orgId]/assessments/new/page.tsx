// Start an assessment: the questionnaire that fits the organization is preselected.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StartAssessmentForm } from "@/components/assessments/start-assessment-form";
import { Card, CardTitle } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can } from "@/lib/authz/roles";
import { localized } from "@/lib/i18n/localized";
import { titleFrom } from "@/lib/i18n/page-title";
import { listPublishedQuestionnaires } from "@/lib/questionnaires/read-published";
import { listOrgUnits } from "@/lib/org-units/list-org-units";

export const generateMetadata = titleFrom("assessments", "new");

export default async function NewAssessmentPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments/new">) {
  const { locale, orgId } = await params;
  setRequestLocale(locale);
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}/assessments/new`);
  if (!can(membership.role, "assessment.create")) return <NoAccess />;
  const [questionnaires, units, t] = await Promise.all([listPublishedQuestionnaires(), listOrgUnits(membership), getTranslations("assessments")]);
  const options = questionnaires.map((questionnaire) => ({ key: questionnaire.key as "corporate" | "university", title: localized(questionnaire.title, locale) }));
  const defaultKey = membership.organization.kind === "UNIVERSITY" ? "university" : "corporate";
  return (
    <Card className="max-w-xl space-y-4">
      <CardTitle>{t("new")}</CardTitle>
      {options.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noQuestionnaires")}</p>
      ) : (
        <StartAssessmentForm organizationId={orgId} options={options} defaultKey={defaultKey} defaultTitle={t("defaultTitle", { year: new Date().getFullYear() })} unitNames={units.map((unit) => unit.name)} />
      )}
    </Card>
  );
}
