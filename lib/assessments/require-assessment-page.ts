// For pages under /orgs/[orgId]/assessments/[assessmentId]: the caller's membership and proof
// that the assessment belongs to that organization; the not-found page otherwise.
import "server-only";
import { notFound } from "next/navigation";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { DomainError } from "@/lib/errors";
import { ZId } from "@/lib/validation/ids";
import { findAssessment } from "./find-assessment";

export async function requireAssessmentPage(organizationId: string, assessmentId: string, path: string) {
  const membership = await requirePageMembership(organizationId, path);
  if (!ZId.safeParse(assessmentId).success) notFound();
  try {
    // The same per-request load the layout and the page read, so the check costs no query.
    return { membership, assessment: await findAssessment(membership, assessmentId) };
  } catch (error) {
    if (error instanceof DomainError && error.code === "notFound") notFound();
    throw error;
  }
}
