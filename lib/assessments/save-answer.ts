// Saves one answer. Every save names the version it started from: if someone else saved in
// between, nothing is overwritten and the caller gets both values to choose from.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TAnswerValue, TSaveAnswerInput } from "@/lib/validation/assessment";
import { assertAnswerable } from "./assert-answerable";

export type TStoredAnswer = TAnswerValue & { version: number; updatedBy: string; updatedAt: string };
export type TSaveAnswerResult = { status: "saved"; version: number } | { status: "conflict"; current: TStoredAnswer | null };

async function currentAnswer(tx: Prisma.TransactionClient, assessmentId: string, questionKey: string): Promise<TStoredAnswer | null> {
  const current = await tx.answer.findUnique({
    where: { assessmentId_questionKey: { assessmentId, questionKey } },
    select: { level: true, notApplicable: true, justification: true, note: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!current) return null;
  return {
    level: current.level,
    notApplicable: current.notApplicable,
    justification: current.justification ?? undefined,
    note: current.note ?? undefined,
    version: current.version,
    updatedBy: current.updatedBy.name,
    updatedAt: current.updatedAt.toISOString(),
  };
}

export async function saveAnswer(membership: TMembership, { assessmentId, questionKey, baseVersion, answer }: Omit<TSaveAnswerInput, "organizationId">): Promise<TSaveAnswerResult> {
  return db.$transaction(async (tx) => {
    await assertAnswerable(tx, membership, { assessmentId, questionKey, answer });
    const values = {
      level: answer.notApplicable ? null : answer.level,
      notApplicable: answer.notApplicable,
      justification: answer.notApplicable ? answer.justification : null,
      note: answer.note ?? null,
      updatedById: membership.userId,
      updatedAt: new Date(),
    };

    let version: number;
    let before: TStoredAnswer | null = null;
    if (baseVersion === 0) {
      // Two first saves at once: the database keeps one, the other becomes a conflict.
      const created = await tx.answer.createManyAndReturn({
        data: [{ assessmentId, organizationId: membership.organizationId, questionKey, ...values }],
        skipDuplicates: true,
        select: { version: true },
      });
      if (!created[0]) return { status: "conflict", current: await currentAnswer(tx, assessmentId, questionKey) };
      version = created[0].version;
    } else {
      before = await currentAnswer(tx, assessmentId, questionKey);
      const { count } = await tx.answer.updateMany({
        where: { assessmentId, questionKey, version: baseVersion },
        data: { ...values, version: { increment: 1 } },
      });
      if (count === 0) return { status: "conflict", current: await currentAnswer(tx, assessmentId, questionKey) };
      version = baseVersion + 1;
    }

    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "answer.save",
      targetType: "Answer",
      targetId: `${assessmentId}:${questionKey}`,
      changes: {
        level: [before?.level ?? null, values.level],
        notApplicable: [before?.notApplicable ?? false, values.notApplicable],
        version,
      },
    });
    return { status: "saved", version };
  });
}
