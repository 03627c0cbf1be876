// An owner invites someone by email: a single-use link that expires in a week.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import type { TRole } from "@/lib/authz/roles";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { INVITATION_TTL_DAYS, newInvitationToken } from "./invitation-token";

export async function createInvitation(
  membership: TMembership,
  { email, role }: { email: string; role: TRole },
): Promise<{ invitationId: string; token: string; expiresAt: Date }> {
  const alreadyMember = await db.membership.findFirst({
    where: { organizationId: membership.organizationId, user: { email } },
    select: { id: true },
  });
  if (alreadyMember) throw new DomainError("alreadyMember");

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await db.$transaction(async (tx) => {
    // A new invitation to the same address replaces any earlier open one.
    await tx.invitation.updateMany({
      where: { organizationId: membership.organizationId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const created = await tx.invitation.create({
      data: { organizationId: membership.organizationId, email, role, tokenHash, expiresAt, invitedById: membership.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "invitation.create",
      targetType: "Invitation",
      targetId: created.id,
      changes: { email, role },
    });
    return created;
  });
  return { invitationId: invitation.id, token, expiresAt };
}
