// Everything an assessment's pages show: questionnaire, profile, answers, assignments, progress,
// and what the caller may do with it.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { can } from "@/lib/authz/roles";
import type { TDomainKey } from "@/lib/questionnaires/schema";
import { questionsWithApplicability } from "./applicability";
import { listAssignableMembers } from "@/lib/members/list-assignable-members";
import { findAssessment } from "./find-assessment";
import { overallProgress, progressByDomain } from "./progress";

export async function getAssessmentView(membership: TMembership, assessmentId: string) {
  const assessment = await findAssessment(membership, assessmentId);
  const [answers, assignments, members] = await Promise.all([
    db.answer.findMany({
      where: { assessmentId: assessment.id, organizationId: membership.organizationId },
      select: { questionKey: true, level: true, notApplicable: true, justification: true, note: true, version: true },
    }),
    db.domainAssignment.findMany({
      where: { assessmentId: assessment.id, organizationId: membership.organizationId },
      select: { domain: true, assigneeId: true, dueDate: true, assignee: { select: { name: true } } },
    }),
    listAssignableMembers(membership),
  ]);
  const questions = questionsWithApplicability(assessment.questionnaire, assessment.profile);
  const byDomain = progressByDomain(questions, answers);
  const assignmentByDomain = new Map(assignments.map((assignment) => [assignment.domain as TDomainKey, assignment]));
  const open = assessment.status === "IN_PROGRESS";

  /** Contributors answer their own domains; others may read the rest only when allowed. */
  const mayAnswer = (domain: TDomainKey) =>
    open && can(membership.role, "assessment.answer") && (membership.role !== "CONTRIBUTOR" || assignmentByDomain.get(domain)?.assigneeId === membership.userId);
  const mayRead = (domain: TDomainKey) => membership.role !== "CONTRIBUTOR" || assessment.contributorsReadAll || assignmentByDomain.get(domain)?.assigneeId === membership.userId;

  return {
    assessment,
    questions,
    answers: new Map(answers.map((answer) => [answer.questionKey, answer])),
    progress: { byDomain, overall: overallProgress(byDomain) },
    assignmentByDomain,
    members,
    mayAnswer,
    mayRead,
    mayAssign: can(membership.role, "assessment.assign") && assessment.status !== "APPROVED",
    mayReview: can(membership.role, "assessment.review"),
  };
}
