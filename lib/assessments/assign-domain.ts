// Gives a domain of an assessment to a member of the same organization, with an optional due
// date (or takes it back).
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { TAssignDomainInput } from "@/lib/validation/assessment";
import { dueDateFromInput, dueDateInputValue } from "./due-date";

export async function assignDomain(membership: TMembership, { assessmentId, domain, assigneeId, dueDate }: Omit<TAssignDomainInput, "organizationId">): Promise<void> {
  const due = assigneeId ? dueDateFromInput(dueDate) : null;
  await db.$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, organizationId: membership.organizationId }, select: { id: true, status: true } });
    if (!assessment) throw new DomainError("notFound");
    if (assessment.status === "APPROVED") throw new DomainError("assessmentLocked");
    if (assigneeId) {
      const assignee = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: membership.organizationId, userId: assigneeId } },
        select: { role: true },
      });
      // Only members who may answer can be given a domain; anyone else looks like no one.
      if (!assignee || assignee.role === "VIEWER") throw new DomainError("notFound");
    }
    const previous = await tx.domainAssignment.findUnique({ where: { assessmentId_domain: { assessmentId, domain } }, select: { assigneeId: true, dueDate: true } });
    if (assigneeId) {
      await tx.domainAssignment.upsert({
        where: { assessmentId_domain: { assessmentId, domain } },
        update: { assigneeId, dueDate: due },
        create: { assessmentId, organizationId: membership.organizationId, domain, assigneeId, dueDate: due },
      });
    } else {
      await tx.domainAssignment.deleteMany({ where: { assessmentId, domain } });
    }
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "assessment.assign",
      targetType: "Assessment",
      targetId: assessmentId,
      changes: {
        domain,
        assigneeId: [previous?.assigneeId ?? null, assigneeId],
        dueDate: [dueDateInputValue(previous?.dueDate) || null, dueDateInputValue(due) || null],
      },
    });
  });
}
