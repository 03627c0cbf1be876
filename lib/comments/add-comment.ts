// Adds a comment to a question; members mentioned with @ see it in their work list.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors";
import { findMentions } from "./find-mentions";

export async function addComment(membership: TMembership, { assessmentId, questionKey, body }: { assessmentId: string; questionKey: string; body: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({
      where: { id: assessmentId, organizationId: membership.organizationId },
      select: { contributorsReadAll: true, questionnaireVersionId: true, assignments: { select: { domain: true, assigneeId: true } } },
    });
    if (!assessment) throw new DomainError("notFound");
    const question = await tx.questionnaireQuestion.findUnique({
      where: { versionId_key: { versionId: assessment.questionnaireVersionId, key: questionKey } },
      select: { domain: true },
    });
    if (!question) throw new DomainError("unknownQuestion");
    const assigned = assessment.assignments.some((assignment) => assignment.domain === question.domain && assignment.assigneeId === membership.userId);
    // Contributors comment where they may read: their own domains, or all when allowed.
    if (membership.role === "CONTRIBUTOR" && !assigned && !assessment.contributorsReadAll) throw new DomainError("notAssigned");

    const members = await tx.membership.findMany({ where: { organizationId: membership.organizationId }, select: { user: { select: { id: true, email: true } } } });
    const mentions = findMentions(body, members.map(({ user }) => user)).filter((id) => id !== membership.userId);
    const comment = await tx.answerComment.create({
      data: { assessmentId, organizationId: membership.organizationId, questionKey, authorId: membership.userId, body, mentions },
      select: { id: true },
    });
    await recordAudit(tx, {
      organizationId: membership.organizationId,
      actorId: membership.userId,
      action: "comment.add",
      targetType: "AnswerComment",
      targetId: `${assessmentId}:${questionKey}`,
      changes: { mentions: mentions.length },
    });
    return comment;
  });
}
