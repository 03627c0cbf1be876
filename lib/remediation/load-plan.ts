// An assessment's plan for its page: the actions in priority order with their gaps, and whether
// the caller sees the whole plan or only the actions they own.
import "server-only";
import type { TMembership } from "@/lib/authz/authorize";
import { loadResultsUnchecked, seesAllResults } from "@/lib/results/load-results";
import { prioritizedGaps } from "@/lib/results/prioritized-gaps";
import { planRows } from "./plan-rows";

export async function loadPlan(membership: TMembership, assessmentId: string) {
  const { assessment, score, actions } = await loadResultsUnchecked(membership, assessmentId);
  const ownOnly = !seesAllResults(membership, assessment);
  const gaps = prioritizedGaps({ score, questionnaire: assessment.questionnaire });
  const rows = planRows({ actions, gaps, questionnaire: assessment.questionnaire });
  const planned = new Set(actions.map((action) => action.questionKey));
  return {
    questionnaire: assessment.questionnaire,
    ownOnly,
    // Others' actions never leave the server for a contributor who sees only their own.
    rows: ownOnly ? rows.filter((row) => row.ownerId === membership.userId) : rows,
    hasGapsWithoutAction: gaps.some((gap) => !planned.has(gap.questionKey)),
  };
}
