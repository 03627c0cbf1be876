// Attaches a link or a file to a question of an open assessment, checked like an answer.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertAnswerable } from "@/lib/assessments/assert-answerable";
import { DomainError } from "@/lib/errors";
import { classifyUpload } from "./classify-upload";
import { storeUpload } from "./evidence-storage";

type TTarget = { assessmentId: string; questionKey: string };
type TNewEvidence = { kind: "LINK"; url: string; name: string } | { kind: "FILE"; name: string; bytes: Uint8Array };

export async function addEvidence(membership: TMembership, target: TTarget, evidence: TNewEvidence): Promise<{ id: string }> {
  let file: { mimeType: string; size: number; storageKey: string } | null = null;
  if (evidence.kind === "FILE") {
    // Check access before anything touches the disk.
    await db.$transaction((tx) => assertAnswerable(tx, membership, target));
    const verdict = await classifyUpload(evidence.bytes, evidence.name);
    if (!verdict.accepted) throw new DomainError(verdict.reason);
    file = { mimeType: verdict.mimeType, size: evidence.bytes.byteLength, storageKey: await storeUpload(membership.organizationId, evidence.bytes) };
  }
  return db.$transaction(async (tx) => {
    await assertAnswerable(tx, membership, target);
    const created = await tx.evidence.create({
      data: {
        ...target,
        organizationId: membership.organizationId,
        kind: evidence.kind,
        name: evidence.name,
        url: evidence.kind === "LINK" ? evidence.url : null,
        ...(file ?? {}),
        createdById: membership.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "evidence.add",
      targetType: "Evidence",
      targetId: `${target.assessmentId}:${target.questionKey}`,
      changes: { kind: evidence.kind, name: evidence.name, ...(file ? { size: file.size, mimeType: file.mimeType } : {}) },
    });
    return created;
  });
}
