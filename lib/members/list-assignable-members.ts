// Members who can be given work (a domain to answer, a remediation action): everyone but viewers.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export async function listAssignableMembers(membership: TMembership): Promise<{ id: string; name: string }[]> {
  const members = await db.membership.findMany({
    where: { organizationId: membership.organizationId, role: { in: ["OWNER", "ASSESSOR", "CONTRIBUTOR"] } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return members.map(({ user }) => user);
}
