// The invited person, signed in with the invited address, joins the organization. Single use.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { TSessionUser } from "@/lib/auth/session";
import { hashInvitationToken } from "./invitation-token";

export async function acceptInvitation(user: TSessionUser, token: string): Promise<{ organizationId: string }> {
  return db.$transaction(async (tx) => {
    // Claim the invitation atomically: a second use of the same link finds nothing to claim.
    const claimed = await tx.invitation.updateManyAndReturn({
      where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() }, email: user.email },
      data: { acceptedAt: new Date(), acceptedById: user.id },
      select: { id: true, organizationId: true, role: true },
    });
    const invitation = claimed[0];
    if (!invitation) {
      const other = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: { email: true, acceptedAt: true } });
      throw new DomainError(other && !other.acceptedAt && other.email !== user.email ? "invitationEmailMismatch" : "invitationInvalid");
    }
    const existing = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: invitation.organizationId, userId: user.id } },
      select: { id: true },
    });
    if (!existing) {
      await tx.membership.create({ data: { organizationId: invitation.organizationId, userId: user.id, role: invitation.role } });
    }
    await recordAudit(tx, {
      organizationId: invitation.organizationId,
      actorId: user.id,
      action: "invitation.accept",
      targetType: "Invitation",
      targetId: invitation.id,
      changes: { role: invitation.role },
    });
    return { organizationId: invitation.organizationId };
  });
}
