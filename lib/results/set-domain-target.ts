// Sets (or clears) a hand-chosen target level for one domain of an assessment, with the reason;
// locked assessments keep theirs.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { TSetDomainTargetInput } from "@/lib/validation/results";

export async function setDomainTarget(membership: TMembership, { assessmentId, domain, targetLevel, reason }: Omit<TSetDomainTargetInput, "organizationId">): Promise<void> {
  const { organizationId, userId } = membership;
  await db.$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({ where: { id: assessmentId, organizationId }, select: { status: true } });
    if (!assessment) throw new DomainError("notFound");
    if (assessment.status === "APPROVED") throw new DomainError("assessmentLocked");
    const key = { assessmentId_domain: { assessmentId, domain } };
    const before = await tx.domainTarget.findUnique({ where: key, select: { targetLevel: true, reason: true } });
    if (targetLevel === null) await tx.domainTarget.deleteMany({ where: { assessmentId, domain, organizationId } });
    else {
      const values = { targetLevel, reason: reason!, setById: userId };
      await tx.domainTarget.upsert({ where: key, create: { assessmentId, organizationId, domain, ...values }, update: values });
    }
    await recordAudit(tx, {
      organizationId,
      actorId: userId,
      action: "target.set",
      targetType: "Assessment",
      targetId: assessmentId,
      changes: { domain, targetLevel: [before?.targetLevel ?? null, targetLevel], reason: [before?.reason ?? null, targetLevel === null ? null : reason!] },
    });
  });
}
