// The one authorization layer: every read or write of an organization's data passes here.
// A non-member gets "notFound" (no hint that the organization exists); a member without the
// permission gets "forbidden".
import "server-only";
import { DomainError } from "@/lib/errors";
import { ZId } from "@/lib/validation/ids";
import { can, type TPermission } from "./roles";
import { loadUserAccess, type TMembership, type TUserAccess } from "./user-access";

export type { TMembership };

async function findMembership(userId: string, organizationId: string, access: TUserAccess | undefined): Promise<TMembership | null> {
  const known = access?.user.id === userId ? access : await loadUserAccess(userId);
  return known?.memberships.get(organizationId) ?? null;
}

export async function authorize({
  userId,
  organizationId,
  permission,
  access,
}: {
  userId: string;
  organizationId: string;
  permission: TPermission;
  /** The caller's memberships, when already loaded with the session user (loadedAccessOf). */
  access?: TUserAccess;
}): Promise<TMembership> {
  if (!ZId.safeParse(organizationId).success) throw new DomainError("notFound");
  const membership = await findMembership(userId, organizationId, access);
  if (!membership) throw new DomainError("notFound");
  if (!can(membership.role, permission)) throw new DomainError("forbidden");
  return membership;
}
