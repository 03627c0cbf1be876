// Loads an assessment of the caller's organization with its questionnaire version; anything
// else (another organization's id, a malformed id) is "not found".
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { DomainError } from "@/lib/errors";
import { ZQuestionnaire } from "@/lib/questionnaires/questionnaire";
import type { TProfileAnswers } from "./applicability";

export async function findAssessment(membership: TMembership, assessmentId: string) {
  const assessment = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: membership.organizationId },
    select: {
      id: true,
      title: true,
      status: true,
      profile: true,
      revision: true,
      dueDate: true,
      ownerId: true,
      contributorsReadAll: true,
      reviewComment: true,
      questionnaireVersion: { select: { version: true, content: true } },
    },
  });
  if (!assessment) throw new DomainError("notFound");
  return {
    ...assessment,
    profile: assessment.profile as TProfileAnswers,
    questionnaire: ZQuestionnaire.parse(assessment.questionnaireVersion.content),
  };
}
