// Every organization keeps at least one OWNER, so someone can always manage it.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors";

export async function assertAnotherOwnerRemains(tx: Prisma.TransactionClient, organizationId: string, leavingMembershipId: string): Promise<void> {
  // Lock the owners' rows so two owners cannot demote each other at the same moment.
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND role = 'OWNER' FOR UPDATE`;
  if (!owners.some((owner) => owner.id !== leavingMembershipId)) throw new DomainError("lastOwner");
}
