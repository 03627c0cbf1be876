// Writes a completed, approved assessment straight into the database — answers, frozen scores,
// a remediation plan — for demo data, end-to-end fixtures and benchmarks. It uses the same pure
// scoring as the app, so the pages show exactly what approval would have produced.
import type { Prisma } from "../../generated/prisma/client";
import { questionsWithApplicability, type TApplicableQuestion, type TProfileAnswers } from "../../lib/assessments/applicability";
import type { TQuestionnaire } from "../../lib/questionnaires/questionnaire";
import { frozenScoreRows } from "../../lib/results/frozen-score-rows";
import { scoringInputFor } from "../../lib/results/scoring-input";
import { scoreAssessment } from "../../lib/scoring/score-assessment";

export type TSeededAnswer = { level: number | null; notApplicable?: boolean; justification?: string };

export type TApprovedAssessmentSeed = {
  organizationId: string;
  ownerId: string;
  questionnaire: TQuestionnaire;
  questionnaireVersionId: string;
  title: string;
  profile: TProfileAnswers;
  approvedAt: Date;
  orgUnitId?: string | null;
  /** The answer to each applicable question (null: leave it unanswered). */
  answerFor: (question: TApplicableQuestion, domainIndex: number) => TSeededAnswer | null;
  /** Owner, due date and status of the action for each gap, in priority order. */
  actionFor?: (rank: number) => { ownerId?: string | null; dueDate?: Date | null; status?: "OPEN" | "IN_PROGRESS" | "DONE" | "RISK_ACCEPTED"; riskAcceptedReason?: string | null };
};

export async function seedApprovedAssessment(prisma: Prisma.TransactionClient, seed: TApprovedAssessmentSeed): Promise<string> {
  const { organizationId, ownerId, questionnaire, approvedAt } = seed;
  const questions = questionsWithApplicability(questionnaire, seed.profile);
  const domainIndex = new Map(questionnaire.domains.map((domain, index) => [domain.key, index]));
  const answers = questions.flatMap((question) => {
    const answer = question.applies ? seed.answerFor(question, domainIndex.get(question.domain)!) : null;
    return answer ? [{ questionKey: question.key, level: answer.notApplicable ? null : answer.level, notApplicable: answer.notApplicable ?? false, justification: answer.justification ?? null, note: null }] : [];
  });
  const score = scoreAssessment(scoringInputFor({ questions, answers, profile: seed.profile, targets: [] }));

  const assessment = await prisma.assessment.create({
    data: {
      organizationId,
      questionnaireVersionId: seed.questionnaireVersionId,
      title: seed.title,
      status: "APPROVED",
      profile: seed.profile,
      ownerId,
      orgUnitId: seed.orgUnitId ?? null,
      submittedAt: approvedAt,
      approvedAt,
      createdAt: new Date(approvedAt.getTime() - 30 * 86_400_000),
    },
    select: { id: true },
  });
  const scope = { assessmentId: assessment.id, organizationId };
  await prisma.answer.createMany({ data: answers.map((answer) => ({ ...scope, ...answer, updatedById: ownerId, updatedAt: approvedAt })) });
  const rows = frozenScoreRows(score, { ...scope, orgUnitId: seed.orgUnitId ?? null, questionnaireKey: questionnaire.key, approvedAt });
  await prisma.assessmentScore.create({ data: rows.score });
  await prisma.assessmentDomainScore.createMany({ data: rows.domains });
  await prisma.remediationAction.createMany({
    data: score.gaps.map((gap, index) => ({ ...scope, questionKey: gap.key, domain: gap.domain, ...seed.actionFor?.(index + 1) })),
  });
  return assessment.id;
}
