// Submit for review, approve (which locks, freezes the scores and makes the plan), or return
// with a comment.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { freezeScores } from "@/lib/results/freeze-scores";
import { generatePlan } from "@/lib/remediation/generate-plan";
import { nextStatus, type TReviewEvent } from "./status-transitions";

export async function reviewAssessment(membership: TMembership, { assessmentId, event, comment }: { assessmentId: string; event: TReviewEvent; comment?: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    // FOR UPDATE: a save in flight finishes before the status changes under it.
    const [assessment] = await tx.$queryRaw<{ status: "PROFILE" | "IN_PROGRESS" | "IN_REVIEW" | "APPROVED" }[]>`
      SELECT status FROM "Assessment" WHERE id = ${assessmentId} AND "organizationId" = ${membership.organizationId} FOR UPDATE`;
    if (!assessment) throw new DomainError("notFound");
    const status = nextStatus(assessment.status, event);
    const now = new Date();
    await tx.assessment.update({
      where: { id: assessmentId },
      data: {
        status,
        ...(event === "submit" ? { submittedAt: now } : {}),
        ...(event === "approve" ? { approvedAt: now } : {}),
        reviewComment: event === "return" ? (comment ?? null) : event === "approve" ? null : undefined,
      },
    });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: `assessment.${event}`,
      targetType: "Assessment",
      targetId: assessmentId,
      changes: { status: [assessment.status, status], ...(comment ? { comment } : {}) },
    });
    if (event === "approve") {
      // Locked from now on: its scores are final, and its gaps become the remediation plan.
      const scope = { assessmentId, organizationId: membership.organizationId };
      const score = await freezeScores(tx, { ...scope, approvedAt: now });
      await generatePlan(tx, { ...scope, actorId: membership.userId }, score);
    }
  });
}
