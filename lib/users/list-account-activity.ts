// The signed-in user's own account events (sign-ins, failed attempts, password changes,
// sign-outs everywhere), newest first, for their account page.
import "server-only";
import { db } from "@/lib/db/client";
import type { TAuditEntry } from "@/lib/audit/list-audit-log";

export async function listAccountActivity(userId: string, { take = 50 }: { take?: number } = {}): Promise<TAuditEntry[]> {
  const [entries, account] = await Promise.all([
    db.auditLog.findMany({
      where: { organizationId: null, targetType: "User", targetId: userId },
      select: { id: true, action: true, targetType: true, targetId: true, changes: true, createdAt: true, actor: { select: { name: true, email: true } } },
      orderBy: { id: "desc" },
      take,
    }),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } }),
  ]);
  return entries.map((entry) => ({ ...entry, id: entry.id.toString(), account }));
}
