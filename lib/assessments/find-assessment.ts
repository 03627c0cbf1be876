// Loads an assessment of the caller's organization with its questionnaire version; anything
// else (another organization's id, a malformed id) is "not found".
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { DomainError } from "@/lib/errors";
import { readQuestionnaireVersion } from "@/lib/questionnaires/read-version";
import type { TProfileAnswers } from "./applicability";

/** Memoized per request: an assessment's layout and page share one load. */
export const findAssessment = cache(async (membership: TMembership, assessmentId: string) => {
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
      approvedAt: true,
      orgUnitId: true,
      questionnaireVersionId: true,
    },
  });
  if (!assessment) throw new DomainError("notFound");
  return {
    ...assessment,
    profile: assessment.profile as TProfileAnswers,
    questionnaire: await readQuestionnaireVersion(assessment.questionnaireVersionId),
  };
});
