// An assessment: its profile first, then the domains with progress and who answers each.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ContributorAccessToggle } from "@/components/assessments/contributor-access-toggle";
import { DomainAssignment } from "@/components/assessments/domain-assignment";
import { ProfileForm } from "@/components/assessments/profile-form";
import { ReviewPanel } from "@/components/assessments/review-panel";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { getAssessmentView } from "@/lib/assessments/get-assessment-view";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { dueDateInputValue, isOverdue } from "@/lib/assessments/due-date";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";

export default async function AssessmentPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]">) {
  const { locale, orgId, assessmentId } = await params;
  setRequestLocale(locale);
  const { membership } = await requireAssessmentPage(orgId, assessmentId, `/orgs/${orgId}/assessments/${assessmentId}`);
  const [view, t, format] = await Promise.all([getAssessmentView(membership, assessmentId), getTranslations("assessments"), getFormatter()]);
  const { assessment, progress } = view;
  const profileQuestions = assessment.questionnaire.profile.map((question) => ({ key: question.key, text: localized(question.text, locale), guidance: localized(question.guidance, locale) }));

  return (
    <div className="space-y-6">
      {assessment.reviewComment && assessment.status === "IN_PROGRESS" && <Alert tone="info">{t("returnedWith", { comment: assessment.reviewComment })}</Alert>}
      {assessment.status === "APPROVED" && <Alert tone="success">{t("locked")}</Alert>}
      {view.mayReview && assessment.status !== "PROFILE" && (
        <Card className="space-y-3">
          <CardTitle>{t("reviewTitle")}</CardTitle>
          <ReviewPanel organizationId={orgId} assessmentId={assessmentId} status={assessment.status} />
        </Card>
      )}

      {assessment.status === "PROFILE" ? (
        <Card className="space-y-4">
          <CardTitle>{t("profileTitle")}</CardTitle>
          <p className="text-sm text-slate-700">{view.mayAssign ? t("profileIntro") : t("profileWaiting")}</p>
          <ProfileForm organizationId={orgId} assessmentId={assessmentId} questions={profileQuestions} initial={assessment.profile} readOnly={!view.mayAssign} />
        </Card>
      ) : (
        <>
          <Card className="space-y-2">
            <CardTitle>{t("progress")}</CardTitle>
            <p className="text-sm text-slate-800">{t("progressSummary", progress.overall)}</p>
            <div className="h-2 w-full overflow-hidden rounded bg-slate-200" role="progressbar" aria-label={t("progress")} aria-valuemin={0} aria-valuemax={progress.overall.applicable} aria-valuenow={progress.overall.answered}>
              <div className="h-full bg-brand-700" style={{ width: `${progress.overall.applicable ? (100 * progress.overall.answered) / progress.overall.applicable : 0}%` }} />
            </div>
          </Card>
          <Card className="p-0">
            <Table caption={t("domainsCaption")} headers={[t("domain"), t("progress"), t("assignee"), t("domainDue")]} density="padded">
              {assessment.questionnaire.domains.map((domain, index) => {
                const domainProgress = progress.byDomain.get(domain.key)!;
                const assignment = view.assignmentByDomain.get(domain.key);
                const title = `${index + 1}. ${localized(domain.title, locale)}`;
                const overdue = assessment.status === "IN_PROGRESS" && domainProgress.answered < domainProgress.applicable && isOverdue(assignment?.dueDate);
                return (
                  <tr key={domain.key}>
                    <td>
                      {view.mayRead(domain.key) ? (
                        <Link href={`/orgs/${orgId}/assessments/${assessmentId}/domains/${domain.key}`} className="font-medium text-brand-800 underline-offset-4 hover:underline">
                          {title}
                        </Link>
                      ) : (
                        <span className="text-slate-700">{title}</span>
                      )}
                    </td>
                    <td>
                      {t("progressValue", { answered: domainProgress.answered, applicable: domainProgress.applicable })}
                      {domainProgress.skipped > 0 && <span className="ml-2 text-xs text-slate-600">{t("skippedCount", { count: domainProgress.skipped })}</span>}
                      {overdue && <Badge className="ml-2 bg-red-50 text-red-800">{t("overdue")}</Badge>}
                    </td>
                    {view.mayAssign ? (
                      <DomainAssignment
                        organizationId={orgId}
                        assessmentId={assessmentId}
                        domain={domain.key}
                        domainTitle={title}
                        assigneeId={assignment?.assigneeId ?? null}
                        dueDate={dueDateInputValue(assignment?.dueDate)}
                        members={view.members}
                      />
                    ) : (
                      <>
                        <td>{assignment?.assignee.name ?? t("unassigned")}</td>
                        <td>{assignment?.dueDate ? format.dateTime(assignment.dueDate, { dateStyle: "medium" }) : "—"}</td>
                      </>
                    )}
                  </tr>
                );
              })}
            </Table>
            {view.mayAssign && (
              <div className="border-t border-slate-100 px-4 py-3">
                <ContributorAccessToggle organizationId={orgId} assessmentId={assessmentId} readAll={assessment.contributorsReadAll} />
              </div>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
