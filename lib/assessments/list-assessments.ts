// An organization's assessments with status, owner, due date and progress, newest first.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { readQuestionnaireVersion } from "@/lib/questionnaires/read-version";
import { questionsWithApplicability, type TProfileAnswers } from "./applicability";
import { overallProgress, progressByDomain } from "./progress";

export async function listAssessments(membership: TMembership) {
  const assessments = await db.assessment.findMany({
    where: { organizationId: membership.organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      revision: true,
      dueDate: true,
      profile: true,
      createdAt: true,
      owner: { select: { name: true } },
      orgUnit: { select: { name: true } },
      questionnaireVersionId: true,
      questionnaireVersion: { select: { version: true, questionnaire: { select: { key: true } } } },
      answers: { select: { questionKey: true, level: true, notApplicable: true } },
    },
  });
  const versionIds = [...new Set(assessments.map((assessment) => assessment.questionnaireVersionId))];
  const contentById = new Map(await Promise.all(versionIds.map(async (id) => [id, await readQuestionnaireVersion(id)] as const)));

  return assessments.map(({ answers, profile, questionnaireVersionId, questionnaireVersion, ...assessment }) => {
    const questions = questionsWithApplicability(contentById.get(questionnaireVersionId)!, profile as TProfileAnswers);
    return {
      ...assessment,
      questionnaireKey: questionnaireVersion.questionnaire.key,
      questionnaireVersion: questionnaireVersion.version,
      progress: overallProgress(progressByDomain(questions, answers)),
    };
  });
}
