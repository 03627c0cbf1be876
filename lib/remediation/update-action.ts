// Edits one remediation action. Assessors and owners may change everything; the member who owns
// an action may move its status and write notes. Every edit names the version it started from,
// so two people never silently overwrite each other, and every edit is audited.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { can } from "@/lib/authz/roles";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import { dueDateFromInput, dueDateInputValue } from "@/lib/assessments/due-date";
import { DomainError } from "@/lib/errors";
import type { TActionFields, TUpdateActionInput } from "@/lib/validation/results";

const OWNER_FIELDS = new Set<keyof TActionFields>(["status", "riskAcceptedReason", "notes"]);

async function assertAssignable(organizationId: string, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  const member = await db.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: ownerId } }, select: { role: true } });
  // Executives read the plan; the people who do the work own its actions.
  if (!member || member.role === "VIEWER") throw new DomainError("notFound");
}

export async function updateRemediationAction(membership: TMembership, { assessmentId, actionId, version, fields }: Omit<TUpdateActionInput, "organizationId">): Promise<{ version: number }> {
  const { organizationId, userId } = membership;
  const action = await db.remediationAction.findFirst({
    where: { id: actionId, assessmentId, organizationId },
    select: { questionKey: true, ownerId: true, dueDate: true, status: true, riskAcceptedReason: true, notes: true },
  });
  if (!action) throw new DomainError("notFound");
  if (!can(membership.role, "plan.manage")) {
    const onlyOwnerFields = (Object.keys(fields) as (keyof TActionFields)[]).every((field) => OWNER_FIELDS.has(field));
    if (action.ownerId !== userId || !onlyOwnerFields) throw new DomainError("forbidden");
  }
  await assertAssignable(organizationId, fields.ownerId);

  const status = fields.status ?? action.status;
  const after = {
    ownerId: fields.ownerId,
    dueDate: fields.dueDate === undefined ? undefined : dueDateFromInput(fields.dueDate),
    status: fields.status,
    // A reason belongs to an accepted risk only.
    riskAcceptedReason: status === "RISK_ACCEPTED" ? (fields.riskAcceptedReason ?? action.riskAcceptedReason) : null,
    notes: fields.notes,
  };
  const { count } = await db.$transaction(async (tx) => {
    const updated = await tx.remediationAction.updateMany({ where: { id: actionId, organizationId, version }, data: { ...after, version: { increment: 1 } } });
    if (updated.count === 0) return updated;
    const { questionKey, ...before } = action;
    const changes = diffFields(
      { ...before, dueDate: dueDateInputValue(before.dueDate) || null },
      { ...after, dueDate: after.dueDate === undefined ? undefined : dueDateInputValue(after.dueDate) || null },
    );
    await recordAudit(tx, { organizationId, actorId: userId, action: "plan.update", targetType: "RemediationAction", targetId: `${assessmentId}:${questionKey}`, changes: { ...changes, version: version + 1 } });
    return updated;
  });
  if (count === 0) throw new DomainError("actionConflict");
  return { version: version + 1 };
}
