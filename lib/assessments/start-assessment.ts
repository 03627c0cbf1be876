// Starts an assessment on the latest published version of a questionnaire.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import type { TStartAssessmentInput } from "@/lib/validation/assessment";
import { dueDateFromInput } from "./due-date";

export async function startAssessment(membership: TMembership, input: Omit<TStartAssessmentInput, "organizationId">): Promise<{ id: string }> {
  const version = await db.questionnaireVersion.findFirst({
    where: { questionnaire: { key: input.questionnaireKey } },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
  if (!version) throw new DomainError("notFound");
  return db.$transaction(async (tx) => {
    const orgUnit = input.orgUnitName
      ? await tx.orgUnit.upsert({
          where: { organizationId_name: { organizationId: membership.organizationId, name: input.orgUnitName } },
          create: { organizationId: membership.organizationId, name: input.orgUnitName },
          update: {},
          select: { id: true },
        })
      : null;
    const assessment = await tx.assessment.create({
      data: {
        organizationId: membership.organizationId,
        questionnaireVersionId: version.id,
        title: input.title,
        ownerId: membership.userId,
        dueDate: dueDateFromInput(input.dueDate),
        orgUnitId: orgUnit?.id ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "assessment.start",
      targetType: "Assessment",
      targetId: assessment.id,
      changes: { questionnaire: input.questionnaireKey, version: version.version, title: input.title, ...(input.orgUnitName ? { orgUnit: input.orgUnitName } : {}) },
    });
    return assessment;
  });
}
