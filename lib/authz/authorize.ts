// The one authorization layer: every read or write of an organization's data passes here.
// A non-member gets "notFound" (no hint that the organization exists); a member without the
// permission gets "forbidden".
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { ZId } from "@/lib/validation/ids";
import { can, type TPermission, type TRole } from "./roles";

export type TMembership = {
  userId: string;
  organizationId: string;
  role: TRole;
  organization: { id: string; name: string; kind: "COMPANY" | "UNIVERSITY" };
};

type TMembershipRow = { role: TRole; id: string; name: string; kind: "COMPANY" | "UNIVERSITY" };

/**
 * Memoized per request: a page and its components share one lookup. One plain join: every
 * request of the app passes here, and Prisma's relation select costs several times more CPU.
 */
const findMembership = cache(async (userId: string, organizationId: string): Promise<TMembership | null> => {
  const [row] = await db.$queryRaw<TMembershipRow[]>`
    SELECT m.role, o.id, o.name, o.kind
    FROM "Membership" m JOIN "Organization" o ON o.id = m."organizationId"
    WHERE m."organizationId" = ${organizationId} AND m."userId" = ${userId}`;
  return row ? { userId, organizationId, role: row.role, organization: { id: row.id, name: row.name, kind: row.kind } } : null;
});

export async function authorize({
  userId,
  organizationId,
  permission,
}: {
  userId: string;
  organizationId: string;
  permission: TPermission;
}): Promise<TMembership> {
  if (!ZId.safeParse(organizationId).success) throw new DomainError("notFound");
  const membership = await findMembership(userId, organizationId);
  if (!membership) throw new DomainError("notFound");
  if (!can(membership.role, permission)) throw new DomainError("forbidden");
  return membership;
}
