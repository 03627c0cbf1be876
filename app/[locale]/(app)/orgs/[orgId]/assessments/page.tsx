// An organization's assessments: status, progress, owner and due date.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { listAssessments } from "@/lib/assessments/list-assessments";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can } from "@/lib/authz/roles";
import { Link } from "@/lib/i18n/navigation";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizationNav", "assessments");

export default async function AssessmentsPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments">) {
  const { locale, orgId } = await params;
  setRequestLocale(locale);
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}/assessments`);
  const [assessments, t, format] = await Promise.all([listAssessments(membership), getTranslations("assessments"), getFormatter()]);
  return (
    <div className="space-y-4">
      {can(membership.role, "assessment.create") && (
        <div className="flex justify-end">
          <Button asChild>
            <Link href={`/orgs/${orgId}/assessments/new`}>
              <Plus aria-hidden className="size-4" />
              {t("new")}
            </Link>
          </Button>
        </div>
      )}
      {assessments.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <Card className="p-0">
          <Table caption={t("caption")} headers={[t("assessmentTitle"), t("status"), t("progress"), t("owner"), t("dueDate")]} density="padded">
            {assessments.map((assessment) => (
              <tr key={assessment.id}>
                <td>
                  <Link href={`/orgs/${orgId}/assessments/${assessment.id}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                    {assessment.title}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {t("questionnaireLine", { key: t(`questionnaireKeys.${assessment.questionnaireKey as "corporate"}`), version: assessment.questionnaireVersion })}
                    {assessment.orgUnit && ` · ${assessment.orgUnit.name}`}
                  </span>
                </td>
                <td>
                  <Badge>{t(`statuses.${assessment.status}`)}</Badge>
                </td>
                <td>{t("progressValue", { answered: assessment.progress.answered, applicable: assessment.progress.applicable })}</td>
                <td>{assessment.owner.name}</td>
                <td>{assessment.dueDate ? format.dateTime(assessment.dueDate, { dateStyle: "medium" }) : "—"}</td>
              </tr>
            ))}
          </Table>
        </Card>
      )}
    </div>
  );
}
