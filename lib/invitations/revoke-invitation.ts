// Withdraws an open invitation so its link no longer works.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";

export async function revokeInvitation(membership: TMembership, { invitationId }: { invitationId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: membership.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new DomainError("notFound");
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "invitation.revoke",
      targetType: "Invitation",
      targetId: invitationId,
    });
  });
}
