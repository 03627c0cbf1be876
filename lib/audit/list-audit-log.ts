// An organization's audit trail, newest first.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export async function listAuditLog(membership: TMembership, { take = 200 }: { take?: number } = {}) {
  const entries = await db.auditLog.findMany({
    where: { organizationId: membership.organizationId },
    select: { id: true, action: true, targetType: true, targetId: true, changes: true, createdAt: true, actor: { select: { name: true, email: true } } },
    orderBy: { id: "desc" },
    take,
  });
  return entries.map((entry) => ({ ...entry, id: entry.id.toString() }));
}
