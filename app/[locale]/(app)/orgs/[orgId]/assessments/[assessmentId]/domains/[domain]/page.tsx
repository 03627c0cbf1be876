// Answering one domain: each applicable question saves itself; skipped questions are listed.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AutosaveProvider } from "@/components/assessments/autosave-provider";
import { CommentThread } from "@/components/assessments/comment-thread";
import { EvidenceSection } from "@/components/assessments/evidence-section";
import { can } from "@/lib/authz/roles";
import { listComments } from "@/lib/comments/list-comments";
import { QuestionAnswer } from "@/components/assessments/question-answer";
import { listEvidence } from "@/lib/evidence/list-evidence";
import { Alert } from "@/components/ui/alert";
import { NoAccess } from "@/components/ui/no-access";
import { getAssessmentView } from "@/lib/assessments/get-assessment-view";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { ZDomainKey } from "@/lib/questionnaires/schema";

export default async function DomainPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]/domains/[domain]">) {
  const { locale, orgId, assessmentId, domain: domainParam } = await params;
  setRequestLocale(locale);
  const base = `/orgs/${orgId}/assessments/${assessmentId}`;
  const { membership } = await requireAssessmentPage(orgId, assessmentId, `${base}/domains/${domainParam}`);
  const domainKey = ZDomainKey.safeParse(domainParam);
  if (!domainKey.success) notFound();
  const [view, evidence, comments, t] = await Promise.all([
    getAssessmentView(membership, assessmentId),
    listEvidence(membership, assessmentId),
    listComments(membership, assessmentId),
    getTranslations("answering"),
  ]);
  if (!view.mayRead(domainKey.data)) return <NoAccess />;

  const domains = view.assessment.questionnaire.domains;
  const index = domains.findIndex((candidate) => candidate.key === domainKey.data);
  const domain = domains[index]!;
  const readOnly = !view.mayAnswer(domain.key);
  const questions = view.questions.filter((question) => question.domain === domain.key);
  const progress = view.progress.byDomain.get(domain.key)!;
  const previous = domains[index - 1];
  const next = domains[index + 1];

  return (
    <div className="space-y-5">
      <nav aria-label={t("domainNav")} className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <Link href={base} className="text-brand-700 underline">
          {t("backToAssessment")}
        </Link>
        <span className="flex gap-4">
          {previous && (
            <Link href={`${base}/domains/${previous.key}`} className="text-brand-700 underline">
              ← {localized(previous.title, locale)}
            </Link>
          )}
          {next && (
            <Link href={`${base}/domains/${next.key}`} className="text-brand-700 underline">
              {localized(next.title, locale)} →
            </Link>
          )}
        </span>
      </nav>
      <div>
        <h2 className="text-xl font-semibold">
          {index + 1}. {localized(domain.title, locale)}
        </h2>
        <p className="text-sm text-slate-700">{localized(domain.description, locale)}</p>
        <p className="mt-1 text-sm text-slate-800">{t("domainProgress", progress)}</p>
        {!readOnly && <p className="mt-1 text-xs text-slate-600">{t("keyboardHint")}</p>}
      </div>
      {readOnly && <Alert tone="info">{view.assessment.status === "IN_PROGRESS" ? t("readOnlyNotAssigned") : t("readOnlyStatus")}</Alert>}
      <AutosaveProvider organizationId={orgId} assessmentId={assessmentId}>
        <div className="space-y-4">
          {questions.map((question, position) => {
            const number = `${index + 1}.${position + 1}`;
            if (!question.applies) {
              return (
                <section key={question.key} className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 text-sm text-slate-700">
                  <span className="mr-2 text-slate-600">{number}</span>
                  {localized(question.text, locale)}
                  <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-800">{t("skipped")}</span>
                </section>
              );
            }
            const stored = view.answers.get(question.key);
            return (
              <QuestionAnswer
                key={question.key}
                readOnly={readOnly}
                question={{
                  key: question.key,
                  number,
                  text: localized(question.text, locale),
                  guidance: localized(question.guidance, locale),
                  levels: question.answer.levels.map((level) => localized(level, locale)),
                  allowNotApplicable: question.allowNotApplicable,
                }}
                stored={stored ? { level: stored.level, notApplicable: stored.notApplicable, justification: stored.justification ?? "", note: stored.note ?? "", version: stored.version } : null}
              >
                <EvidenceSection
                  organizationId={orgId}
                  assessmentId={assessmentId}
                  questionKey={question.key}
                  readOnly={readOnly}
                  items={(evidence.get(question.key) ?? []).map(({ id, kind, name, url }) => ({ id, kind, name, url }))}
                />
                <CommentThread
                  organizationId={orgId}
                  assessmentId={assessmentId}
                  questionKey={question.key}
                  comments={comments.get(question.key) ?? []}
                  canComment={can(membership.role, "assessment.answer")}
                />
              </QuestionAnswer>
            );
          })}
        </div>
      </AutosaveProvider>
    </div>
  );
}
