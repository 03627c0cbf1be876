// An assessment's history: every answer change, status change and assignment, newest first.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export async function listAssessmentHistory(membership: TMembership, assessmentId: string) {
  const entries = await db.auditLog.findMany({
    where: {
      organizationId: membership.organizationId,
      OR: [{ targetId: assessmentId }, { targetId: { startsWith: `${assessmentId}:` } }],
    },
    select: { id: true, action: true, targetType: true, targetId: true, changes: true, createdAt: true, actor: { select: { name: true, email: true } } },
    orderBy: { id: "desc" },
    take: 500,
  });
  return entries.map((entry) => ({
    ...entry,
    id: entry.id.toString(),
    // Answer entries carry the question key after the assessment id.
    changes: entry.targetId?.includes(":") ? { question: entry.targetId.split(":")[1], ...(entry.changes as object) } : entry.changes,
  }));
}
