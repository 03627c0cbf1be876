// Gives a member another role; an organization always keeps at least one OWNER.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import type { TRole } from "@/lib/authz/roles";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { assertAnotherOwnerRemains } from "./owner-guard";

export async function changeMemberRole(membership: TMembership, { membershipId, role }: { membershipId: string; role: TRole }): Promise<void> {
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: membership.organizationId },
      select: { id: true, role: true, userId: true },
    });
    if (!target) throw new DomainError("notFound");
    if (target.role === role) return;
    if (target.role === "OWNER") await assertAnotherOwnerRemains(tx, membership.organizationId, target.id);
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "member.changeRole",
      targetType: "Membership",
      targetId: target.id,
      changes: { role: [target.role, role], userId: target.userId },
    });
  });
}
