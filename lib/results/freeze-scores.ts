// When an assessment is approved its answers are locked, so its scores can be written down
// once: the organization overview then aggregates any number of assessments in plain SQL.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { questionsWithApplicability, type TProfileAnswers } from "@/lib/assessments/applicability";
import { readQuestionnaireVersion } from "@/lib/questionnaires/read-version";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAssessmentScore } from "@/lib/scoring/types";
import { frozenScoreRows } from "./frozen-score-rows";
import { scoringInputFor } from "./scoring-input";

/** Scores the assessment as it stands in this transaction and stores them; returns them too. */
export async function freezeScores(tx: Prisma.TransactionClient, { assessmentId, organizationId, approvedAt }: { assessmentId: string; organizationId: string; approvedAt: Date }): Promise<TAssessmentScore> {
  const where = { assessmentId, organizationId };
  const [assessment, answers, targets] = await Promise.all([
    tx.assessment.findFirstOrThrow({ where: { id: assessmentId, organizationId }, select: { profile: true, orgUnitId: true, questionnaireVersionId: true } }),
    tx.answer.findMany({ where, select: { questionKey: true, level: true, notApplicable: true } }),
    tx.domainTarget.findMany({ where, select: { domain: true, targetLevel: true, reason: true } }),
  ]);
  const questionnaire = await readQuestionnaireVersion(assessment.questionnaireVersionId);
  const profile = assessment.profile as TProfileAnswers;
  const score = scoreAssessment(scoringInputFor({ questions: questionsWithApplicability(questionnaire, profile), answers, profile, targets }));
  const rows = frozenScoreRows(score, { assessmentId, organizationId, orgUnitId: assessment.orgUnitId, questionnaireKey: questionnaire.key, approvedAt });
  await tx.assessmentScore.upsert({ where: { assessmentId }, create: rows.score, update: rows.score });
  await tx.assessmentDomainScore.deleteMany({ where: { assessmentId } });
  await tx.assessmentDomainScore.createMany({ data: rows.domains });
  return score;
}
