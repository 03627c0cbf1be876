// Lets assessors plan before approval: actions for the gaps as they stand now. Approval adds
// the actions for any gaps found since.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { loadResults } from "@/lib/results/load-results";
import { generatePlan } from "./generate-plan";

export async function draftPlan(membership: TMembership, { assessmentId }: { assessmentId: string }): Promise<{ created: number }> {
  const { score } = await loadResults(membership, assessmentId);
  const created = await db.$transaction((tx) => generatePlan(tx, { assessmentId, organizationId: membership.organizationId, actorId: membership.userId }, score));
  return { created };
}
