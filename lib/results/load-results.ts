// Everything the results pages (dashboard, plan, scorecard, exports) compute from: the
// assessment, its answers and targets scored by lib/scoring, the previous assessment's frozen
// scores, and the plan. One query for the assessment, then the rest in parallel.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { DomainError } from "@/lib/errors";
import { findAssessment } from "@/lib/assessments/find-assessment";
import { questionsWithApplicability } from "@/lib/assessments/applicability";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { scoringInputFor } from "./scoring-input";

/** Whether the caller may see the results of the whole assessment. */
export function seesAllResults(membership: TMembership, assessment: { contributorsReadAll: boolean }): boolean {
  // Contributors see results only when the assessor lets them read every domain.
  return membership.role !== "CONTRIBUTOR" || assessment.contributorsReadAll;
}

async function load(membership: TMembership, assessmentId: string) {
  const assessment = await findAssessment(membership, assessmentId);
  const scope = { assessmentId: assessment.id, organizationId: membership.organizationId };
  const [answers, targets, actions, previous, unit] = await Promise.all([
    db.answer.findMany({ where: scope, select: { questionKey: true, level: true, notApplicable: true, justification: true, note: true } }),
    db.domainTarget.findMany({ where: scope, select: { domain: true, targetLevel: true, reason: true, updatedAt: true, setBy: { select: { name: true } } } }),
    db.remediationAction.findMany({
      where: scope,
      select: { id: true, questionKey: true, domain: true, ownerId: true, dueDate: true, status: true, riskAcceptedReason: true, notes: true, version: true, owner: { select: { name: true } } },
    }),
    db.assessmentScore.findFirst({
      where: {
        organizationId: membership.organizationId,
        orgUnitId: assessment.orgUnitId,
        questionnaireKey: assessment.questionnaire.key,
        assessmentId: { not: assessment.id },
        approvedAt: { lt: assessment.approvedAt ?? new Date() },
      },
      orderBy: { approvedAt: "desc" },
      select: { assessmentId: true, approvedAt: true, overallScore: true, grade: true, domains: { select: { domain: true, score: true } }, assessment: { select: { title: true } } },
    }),
    assessment.orgUnitId ? db.orgUnit.findFirst({ where: { id: assessment.orgUnitId, organizationId: membership.organizationId }, select: { name: true } }) : null,
  ]);
  const questions = questionsWithApplicability(assessment.questionnaire, assessment.profile);
  const input = scoringInputFor({ questions, answers, profile: assessment.profile, targets });
  return { assessment, unitName: unit?.name ?? null, questions, answers, input, score: scoreAssessment(input), targets, actions, previous };
}

/**
 * For server code that shows the caller only their share (the plan of a contributor):
 * the whole results, without the check that they may see them all.
 */
export const loadResultsUnchecked = cache(load);

/** Memoized per request, so a page and its parts share one load. */
export const loadResults = cache(async (membership: TMembership, assessmentId: string) => {
  const results = await loadResultsUnchecked(membership, assessmentId);
  if (!seesAllResults(membership, results.assessment)) throw new DomainError("forbidden");
  return results;
});
export type TResults = Awaited<ReturnType<typeof load>>;
