// Removes a member from the organization; the last OWNER cannot be removed.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { assertAnotherOwnerRemains } from "./owner-guard";

export async function removeMember(membership: TMembership, { membershipId }: { membershipId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: membership.organizationId },
      select: { id: true, role: true, userId: true },
    });
    if (!target) throw new DomainError("notFound");
    if (target.role === "OWNER") await assertAnotherOwnerRemains(tx, membership.organizationId, target.id);
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "member.remove",
      targetType: "Membership",
      targetId: target.id,
      changes: { role: [target.role, null], userId: target.userId },
    });
  });
}
