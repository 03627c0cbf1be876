// Test data built through the same domain functions the app uses.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { authorize, type TMembership } from "@/lib/authz/authorize";
import type { TRole } from "@/lib/authz/roles";
import { createOrganization } from "@/lib/organizations/create-organization";

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@test.example.jp`;
}

export async function createTestUser(label = "user") {
  const email = uniqueEmail(label);
  return db.user.create({ data: { email, name: `${label} ${email.slice(-12)}` }, select: { id: true, email: true, name: true } });
}

/** An organization whose owner and one member of each other role are returned by role. */
export async function createTestOrganization(name = "Test organization") {
  const owner = await createTestUser("owner");
  const { id } = await createOrganization(owner.id, { name, kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "FROM_100_TO_999" });
  const users: Record<TRole, { id: string; email: string; name: string }> = { OWNER: owner } as never;
  for (const role of ["ASSESSOR", "CONTRIBUTOR", "VIEWER"] as const) {
    const user = await createTestUser(role.toLowerCase());
    await db.membership.create({ data: { organizationId: id, userId: user.id, role } });
    users[role] = user;
  }
  return { id, users };
}

export function membershipOf(userId: string, organizationId: string): Promise<TMembership> {
  return authorize({ userId, organizationId, permission: "organization.read" });
}
