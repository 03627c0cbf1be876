// Who changed what in this assessment, and when.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/audit/audit-table";
import { Card, CardTitle } from "@/components/ui/card";
import { listAssessmentHistory } from "@/lib/assessments/list-assessment-history";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { Link } from "@/lib/i18n/navigation";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("assessments", "history");

export default async function AssessmentHistoryPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]/history">) {
  const { locale, orgId, assessmentId } = await params;
  setRequestLocale(locale);
  const { membership } = await requireAssessmentPage(orgId, assessmentId, `/orgs/${orgId}/assessments/${assessmentId}/history`);
  const [entries, t] = await Promise.all([listAssessmentHistory(membership, assessmentId), getTranslations("assessments")]);
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle>{t("history")}</CardTitle>
        <Link href={`/orgs/${orgId}/assessments/${assessmentId}`} className="text-sm text-brand-700 underline">
          {t("backToAssessment")}
        </Link>
      </div>
      <AuditTable entries={entries} />
    </Card>
  );
}
