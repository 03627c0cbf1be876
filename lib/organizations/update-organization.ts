// Changes an organization's profile (name, kind, sector, size).
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import type { TOrganizationProfile } from "@/lib/validation/organization";

export async function updateOrganization(membership: TMembership, { name, kind, sector, sizeBand }: TOrganizationProfile): Promise<void> {
  const profile = { name, kind, sector, sizeBand };
  await db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: membership.organizationId },
      select: { name: true, kind: true, sector: true, sizeBand: true },
    });
    const changes = diffFields(before, profile);
    if (Object.keys(changes).length === 0) return;
    await tx.organization.update({ where: { id: membership.organizationId }, data: profile });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "organization.update",
      targetType: "Organization",
      targetId: membership.organizationId,
      changes: changes as Record<string, [string, string]>,
    });
  });
}
