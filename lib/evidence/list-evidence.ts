// The evidence of an assessment, by question.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export type TEvidenceItem = { id: string; kind: "LINK" | "FILE"; name: string; url: string | null; size: number | null; createdBy: string; createdAt: Date };

export async function listEvidence(membership: TMembership, assessmentId: string): Promise<Map<string, TEvidenceItem[]>> {
  const rows = await db.evidence.findMany({
    where: { assessmentId, organizationId: membership.organizationId },
    select: { id: true, questionKey: true, kind: true, name: true, url: true, size: true, createdAt: true, createdBy: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const byQuestion = new Map<string, TEvidenceItem[]>();
  for (const { questionKey, createdBy, ...item } of rows) {
    byQuestion.set(questionKey, [...(byQuestion.get(questionKey) ?? []), { ...item, createdBy: createdBy.name }]);
  }
  return byQuestion;
}

/** One file of the caller's organization, for download; null for anything else. */
export async function findEvidenceFile(membership: TMembership, evidenceId: string) {
  return db.evidence.findFirst({
    where: { id: evidenceId, organizationId: membership.organizationId, kind: "FILE" },
    select: { name: true, mimeType: true, storageKey: true },
  });
}
