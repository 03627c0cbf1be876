// Everything waiting for one person across their organizations: domains to answer, reviews and
// remediation actions, overdue first, then by due date.
import "server-only";
import { db } from "@/lib/db/client";
import { PERMISSIONS } from "@/lib/authz/roles";

export type TWorkItem = {
  kind: "answer" | "review" | "action";
  organizationId: string;
  organizationName: string;
  assessmentId: string;
  assessmentTitle: string;
  domain: string | null;
  dueDate: Date | null;
  /** For actions: the question whose gap the action closes. */
  questionKey?: string;
};

export function sortWork(items: TWorkItem[], now = new Date()): TWorkItem[] {
  const rank = (item: TWorkItem) => (item.dueDate === null ? 2 : item.dueDate < now ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.dueDate?.getTime() ?? 0) - (b.dueDate?.getTime() ?? 0) || a.assessmentTitle.localeCompare(b.assessmentTitle));
}

export async function listMyWork(userId: string): Promise<TWorkItem[]> {
  const reviewerRoles = [...PERMISSIONS["assessment.review"]];
  const [assignments, reviews, actions] = await Promise.all([
    // Only assignments in organizations the user still belongs to.
    db.domainAssignment.findMany({
      where: { assigneeId: userId, assessment: { status: "IN_PROGRESS", organization: { memberships: { some: { userId } } } } },
      select: { domain: true, dueDate: true, assessment: { select: { id: true, title: true, dueDate: true, organization: { select: { id: true, name: true } } } } },
    }),
    db.assessment.findMany({
      where: { status: "IN_REVIEW", organization: { memberships: { some: { userId, role: { in: reviewerRoles } } } } },
      select: { id: true, title: true, dueDate: true, organization: { select: { id: true, name: true } } },
    }),
    // Remediation actions still to do, in organizations the user still belongs to.
    db.remediationAction.findMany({
      where: { ownerId: userId, status: { in: ["OPEN", "IN_PROGRESS"] }, assessment: { organization: { memberships: { some: { userId } } } } },
      select: { questionKey: true, domain: true, dueDate: true, assessment: { select: { id: true, title: true, organization: { select: { id: true, name: true } } } } },
    }),
  ]);
  return sortWork([
    ...assignments.map(({ domain, dueDate, assessment }) => ({
      kind: "answer" as const,
      organizationId: assessment.organization.id,
      organizationName: assessment.organization.name,
      assessmentId: assessment.id,
      assessmentTitle: assessment.title,
      domain,
      dueDate: dueDate ?? assessment.dueDate,
    })),
    ...reviews.map((assessment) => ({
      kind: "review" as const,
      organizationId: assessment.organization.id,
      organizationName: assessment.organization.name,
      assessmentId: assessment.id,
      assessmentTitle: assessment.title,
      domain: null,
      dueDate: assessment.dueDate,
    })),
    ...actions.map(({ questionKey, domain, dueDate, assessment }) => ({
      kind: "action" as const,
      organizationId: assessment.organization.id,
      organizationName: assessment.organization.name,
      assessmentId: assessment.id,
      assessmentTitle: assessment.title,
      domain,
      dueDate,
      questionKey,
    })),
  ]);
}
