// Comments of an assessment by question, and the recent comments that mention a person.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export type TCommentView = { id: string; body: string; author: string; createdAt: Date };

export async function listComments(membership: TMembership, assessmentId: string): Promise<Map<string, TCommentView[]>> {
  const rows = await db.answerComment.findMany({
    where: { assessmentId, organizationId: membership.organizationId },
    select: { id: true, questionKey: true, body: true, createdAt: true, author: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const byQuestion = new Map<string, TCommentView[]>();
  for (const { questionKey, author, ...comment } of rows) byQuestion.set(questionKey, [...(byQuestion.get(questionKey) ?? []), { ...comment, author: author.name }]);
  return byQuestion;
}

export async function listMentions(userId: string, take = 20) {
  return db.answerComment.findMany({
    // Only organizations the person still belongs to.
    where: { mentions: { has: userId }, assessment: { organization: { memberships: { some: { userId } } } } },
    select: {
      id: true,
      questionKey: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      assessment: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } },
    },
    orderBy: { createdAt: "desc" },
    take,
  });
}
