// Looks up an invitation by the token in its link, for the page that accepts it.
import "server-only";
import { db } from "@/lib/db/client";
import { ZInvitationToken } from "@/lib/validation/member";
import { hashInvitationToken } from "./invitation-token";

export type TInvitationStatus = "open" | "accepted" | "expired" | "revoked";

export async function findInvitationByToken(token: string) {
  if (!ZInvitationToken.safeParse(token).success) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { id: true, name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  return { ...invitation, status: invitationStatus(invitation) };
}

export function invitationStatus(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): TInvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "open";
}
