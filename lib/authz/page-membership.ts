// For pages under /orgs/[orgId]: the signed-in user's membership, or the not-found page for
// anyone else — the same page whether the organization exists or not.
import "server-only";
import { notFound } from "next/navigation";
import { requireSessionUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { authorize, type TMembership } from "./authorize";
import { loadedAccessOf } from "./user-access";

export async function requirePageMembership(organizationId: string, path: string): Promise<TMembership> {
  const user = await requireSessionUser(path);
  try {
    return await authorize({ userId: user.id, organizationId, permission: "organization.read", access: loadedAccessOf(user) });
  } catch (error) {
    if (error instanceof DomainError) notFound();
    throw error;
  }
}
