// Whether contributors may read the domains not assigned to them (they still answer only theirs).
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";

export async function setContributorAccess(membership: TMembership, { assessmentId, readAll }: { assessmentId: string; readAll: boolean }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({ where: { id: assessmentId, organizationId: membership.organizationId }, data: { contributorsReadAll: readAll } });
    if (count === 0) throw new DomainError("notFound");
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "assessment.contributorAccess",
      targetType: "Assessment",
      targetId: assessmentId,
      changes: { contributorsReadAll: readAll },
    });
  });
}
