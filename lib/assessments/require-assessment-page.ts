// For pages under /orgs/[orgId]/assessments/[assessmentId]: the caller's membership and proof
// that the assessment belongs to that organization; the not-found page otherwise.
import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { ZId } from "@/lib/validation/ids";

export async function requireAssessmentPage(organizationId: string, assessmentId: string, path: string) {
  const membership = await requirePageMembership(organizationId, path);
  const found = ZId.safeParse(assessmentId).success
    ? await db.assessment.findFirst({ where: { id: assessmentId, organizationId }, select: { id: true } })
    : null;
  if (!found) notFound();
  return { membership };
}
