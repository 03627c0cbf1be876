// An organization's profile and head-counts, for its overview and settings pages.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export async function getOrganization(membership: TMembership) {
  const [organization, memberCount, pendingInvitations] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: membership.organizationId },
      select: { id: true, name: true, kind: true, sector: true, sizeBand: true, createdAt: true },
    }),
    db.membership.count({ where: { organizationId: membership.organizationId } }),
    db.invitation.count({
      where: { organizationId: membership.organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    }),
  ]);
  return { ...organization, memberCount, pendingInvitations };
}
