// Records the profile answers that decide which questions apply; once every profile question
// is answered, the questions open.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { diffFields, recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { isProfileComplete, type TProfileAnswers } from "./applicability";
import { findAssessment } from "./find-assessment";

export async function saveProfile(membership: TMembership, { assessmentId, profile }: { assessmentId: string; profile: TProfileAnswers }): Promise<{ complete: boolean }> {
  const assessment = await findAssessment(membership, assessmentId);
  if (assessment.status === "IN_REVIEW" || assessment.status === "APPROVED") throw new DomainError("assessmentLocked");
  const known = new Set(assessment.questionnaire.profile.map((question) => question.key));
  const unknown = Object.keys(profile).filter((key) => !known.has(key));
  if (unknown.length) throw new DomainError("invalidInput");

  const merged = { ...assessment.profile, ...profile };
  const complete = isProfileComplete(assessment.questionnaire, merged);
  await db.$transaction(async (tx) => {
    await tx.assessment.update({
      where: { id: assessment.id },
      data: { profile: merged, status: complete && assessment.status === "PROFILE" ? "IN_PROGRESS" : undefined },
    });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "assessment.profile",
      targetType: "Assessment",
      targetId: assessment.id,
      changes: diffFields(assessment.profile, profile) as Record<string, [boolean, boolean]>,
    });
  });
  return { complete };
}
