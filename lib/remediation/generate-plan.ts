// Makes the remediation plan from an assessment's gaps: one action per question short of its
// target. Idempotent: existing actions are kept, and a new revision carries over the owner,
// due date, status and notes of the previous revision's action for the same question.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TAssessmentScore } from "@/lib/scoring/types";

type TPlanScope = { assessmentId: string; organizationId: string; actorId: string };

export async function generatePlan(tx: Prisma.TransactionClient, { assessmentId, organizationId, actorId }: TPlanScope, score: TAssessmentScore): Promise<number> {
  const [existing, assessment] = await Promise.all([
    tx.remediationAction.findMany({ where: { assessmentId, organizationId }, select: { questionKey: true } }),
    tx.assessment.findFirstOrThrow({ where: { id: assessmentId, organizationId }, select: { previousRevisionId: true } }),
  ]);
  const have = new Set(existing.map((action) => action.questionKey));
  const missing = score.gaps.filter((gap) => !have.has(gap.key));
  if (missing.length === 0) return 0;
  const carried = assessment.previousRevisionId
    ? await tx.remediationAction.findMany({
        where: { assessmentId: assessment.previousRevisionId, organizationId, questionKey: { in: missing.map((gap) => gap.key) } },
        select: { questionKey: true, ownerId: true, dueDate: true, status: true, riskAcceptedReason: true, notes: true },
      })
    : [];
  const carriedByKey = new Map(carried.map(({ questionKey, ...rest }) => [questionKey, rest]));
  await tx.remediationAction.createMany({
    data: missing.map((gap) => ({ assessmentId, organizationId, questionKey: gap.key, domain: gap.domain, ...carriedByKey.get(gap.key) })),
    skipDuplicates: true,
  });
  await recordAudit(tx, { organizationId, actorId, action: "plan.generate", targetType: "Assessment", targetId: assessmentId, changes: { actions: missing.length } });
  return missing.length;
}
