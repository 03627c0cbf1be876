// Reopens an approved assessment as a new revision: a copy of its profile, answers,
// assignments and targets to work on, while the approved revision stays exactly as it was.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";

export async function reopenAssessment(membership: TMembership, { assessmentId }: { assessmentId: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const approved = await tx.assessment.findFirst({
      where: { id: assessmentId, organizationId: membership.organizationId },
      select: {
        status: true,
        title: true,
        profile: true,
        revision: true,
        dueDate: true,
        contributorsReadAll: true,
        questionnaireVersionId: true,
        nextRevision: { select: { id: true } },
        answers: { select: { questionKey: true, level: true, notApplicable: true, justification: true, note: true, updatedById: true } },
        assignments: { select: { domain: true, assigneeId: true, dueDate: true } },
        targets: { select: { domain: true, targetLevel: true, reason: true, setById: true } },
        orgUnitId: true,
      },
    });
    if (!approved) throw new DomainError("notFound");
    if (approved.status !== "APPROVED" || approved.nextRevision) throw new DomainError("invalidTransition");
    const revision = await tx.assessment.create({
      data: {
        organizationId: membership.organizationId,
        questionnaireVersionId: approved.questionnaireVersionId,
        title: approved.title,
        status: "IN_PROGRESS",
        profile: approved.profile ?? {},
        revision: approved.revision + 1,
        previousRevisionId: assessmentId,
        ownerId: membership.userId,
        dueDate: approved.dueDate,
        contributorsReadAll: approved.contributorsReadAll,
        orgUnitId: approved.orgUnitId,
      },
      select: { id: true },
    });
    // organizationId is part of the link to the assessment, so the copies are created directly.
    await tx.answer.createMany({ data: approved.answers.map((answer) => ({ ...answer, assessmentId: revision.id, organizationId: membership.organizationId })) });
    await tx.domainAssignment.createMany({ data: approved.assignments.map((assignment) => ({ ...assignment, assessmentId: revision.id, organizationId: membership.organizationId })) });
    await tx.domainTarget.createMany({ data: approved.targets.map((target) => ({ ...target, assessmentId: revision.id, organizationId: membership.organizationId })) });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "assessment.reopen",
      targetType: "Assessment",
      targetId: revision.id,
      changes: { from: assessmentId, revision: approved.revision + 1 },
    });
    return revision;
  });
}
