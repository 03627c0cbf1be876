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

/** Memoized per request: a page and its components share one lookup. */
const findMembership = cache(async (userId: string, organizationId: string): Promise<TMembership | null> => {
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    select: { role: true, organization: { select: { id: true, name: true, kind: true } } },
  });
  return membership ? { userId, organizationId, role: membership.role, organization: membership.organization } : null;
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
