// Whether the caller may change what is recorded for one question right now: the assessment is
// theirs and open, the question exists and applies, and a contributor has the domain assigned.
// Answers and evidence both pass here (autosave applies the same rules inside its statement).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TMembership } from "@/lib/authz/authorize";
import { DomainError } from "@/lib/errors";
import type { TAppliesIf } from "@/lib/questionnaires/schema";
import type { TAnswerValue } from "@/lib/validation/assessment";
import { applies, type TProfileAnswers } from "./applicability";

export type TAnswerTarget = {
  status: string;
  profile: TProfileAnswers;
  domain: string | null;
  maxLevel: number | null;
  appliesIf: TAppliesIf | null;
  allowNotApplicable: boolean | null;
  assigneeId: string | null;
};

async function lockTarget(tx: Prisma.TransactionClient, membership: TMembership, assessmentId: string, questionKey: string): Promise<TAnswerTarget | undefined> {
  // FOR SHARE: a submit or approval cannot change the status while this change is under way.
  const [target] = await tx.$queryRaw<TAnswerTarget[]>`
    SELECT a.status, a.profile, q.domain, q."maxLevel", q."appliesIf", q."allowNotApplicable",
           (SELECT d."assigneeId" FROM "DomainAssignment" d WHERE d."assessmentId" = a.id AND d.domain = q.domain) AS "assigneeId"
    FROM "Assessment" a
    LEFT JOIN "QuestionnaireQuestion" q ON q."versionId" = a."questionnaireVersionId" AND q.key = ${questionKey}
    WHERE a.id = ${assessmentId} AND a."organizationId" = ${membership.organizationId}
    FOR SHARE OF a`;
  return target;
}

/** Throws the reason the change is refused; returns when it is allowed. */
export function checkAnswerable(target: TAnswerTarget | undefined, membership: TMembership, answer: TAnswerValue | undefined): void {
  if (!target) throw new DomainError("notFound");
  if (target.status !== "IN_PROGRESS") throw new DomainError("assessmentLocked");
  if (target.domain === null || target.maxLevel === null) throw new DomainError("unknownQuestion");
  if (!applies(target.appliesIf ?? undefined, target.profile)) throw new DomainError("questionNotApplicable");
  if (answer?.notApplicable && !target.allowNotApplicable) throw new DomainError("questionNotApplicable");
  if (answer && answer.level !== null && answer.level > target.maxLevel) throw new DomainError("invalidInput");
  if (membership.role === "CONTRIBUTOR" && target.assigneeId !== membership.userId) throw new DomainError("notAssigned");
}

export async function assertAnswerable(
  tx: Prisma.TransactionClient,
  membership: TMembership,
  { assessmentId, questionKey, answer }: { assessmentId: string; questionKey: string; answer?: TAnswerValue },
): Promise<void> {
  checkAnswerable(await lockTarget(tx, membership, assessmentId, questionKey), membership, answer);
}
