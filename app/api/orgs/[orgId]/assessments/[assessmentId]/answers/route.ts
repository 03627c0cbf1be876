// Autosave: one answer per request. 200 saved, 409 conflict (with the other person's answer),
// 4xx with a message key for anything refused.
import { saveAnswer } from "@/lib/assessments/save-answer";
import { withMembership } from "@/lib/http/with-membership";
import { ZSaveAnswerInput } from "@/lib/validation/assessment";

type TParams = { orgId: string; assessmentId: string };

/** Far above the largest valid answer (a 5,000-character note and a 2,000-character reason). */
const MAX_BODY_BYTES = 64 * 1024;

export const POST = withMembership<TParams>("assessment.answer", async (request, { membership, params }) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return Response.json({ error: "invalidInput" }, { status: 413 });
  const body = await request.json().catch(() => null);
  const parsed = ZSaveAnswerInput.safeParse({ ...(body && typeof body === "object" ? body : {}), organizationId: params.orgId, assessmentId: params.assessmentId });
  if (!parsed.success) return Response.json({ error: "invalidInput", issues: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })) }, { status: 400 });
  const result = await saveAnswer(membership, parsed.data);
  return Response.json(result, { status: result.status === "conflict" ? 409 : 200 });
});
