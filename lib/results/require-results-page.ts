// For the results pages (dashboard, plan, scorecard): the membership and the loaded results, or
// null when the caller may not see them (a contributor without access to every domain).
import "server-only";
import { DomainError } from "@/lib/errors";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { loadResults, type TResults } from "./load-results";

export async function requireResultsPage(organizationId: string, assessmentId: string, path: string) {
  const { membership } = await requireAssessmentPage(organizationId, assessmentId, path);
  try {
    return { membership, results: (await loadResults(membership, assessmentId)) as TResults | null };
  } catch (error) {
    if (error instanceof DomainError && error.code === "forbidden") return { membership, results: null };
    throw error;
  }
}
