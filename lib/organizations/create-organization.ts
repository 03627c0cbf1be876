// A new organization, with its creator as OWNER.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TOrganizationProfile } from "@/lib/validation/organization";

export async function createOrganization(userId: string, profile: TOrganizationProfile): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: profile, select: { id: true } });
    await tx.membership.create({ data: { organizationId: organization.id, userId, role: "OWNER" } });
    await recordAudit(tx, {
      organizationId: organization.id,
      actorId: userId,
      action: "organization.create",
      targetType: "Organization",
      targetId: organization.id,
      changes: profile,
    });
    return organization;
  });
}
