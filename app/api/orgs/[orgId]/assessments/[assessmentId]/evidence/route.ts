// Adds evidence to a question: multipart form with kind LINK (url, name) or FILE (file).
import { addEvidence } from "@/lib/evidence/add-evidence";
import { MAX_UPLOAD_BYTES } from "@/lib/evidence/classify-upload";
import { withMembership } from "@/lib/http/with-membership";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";

type TParams = { orgId: string; assessmentId: string };

export const POST = withMembership<TParams>("assessment.answer", async (request, { membership, params }) => {
  // Refuse oversized bodies before reading them.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) return Response.json({ error: "uploadTooLarge" }, { status: 413 });
  const form = await request.formData().catch(() => null);
  const parsed = ZAddEvidenceInput.safeParse(form ? Object.fromEntries(form) : {});
  if (!parsed.success) return Response.json({ error: "invalidInput", issues: parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })) }, { status: 400 });
  const input = parsed.data;
  const target = { assessmentId: params.assessmentId, questionKey: input.questionKey };
  const evidence =
    input.kind === "LINK"
      ? { kind: "LINK" as const, url: input.url, name: input.name || input.url }
      : { kind: "FILE" as const, name: input.file.name.slice(0, 200), bytes: new Uint8Array(await input.file.arrayBuffer()) };
  const { id } = await addEvidence(membership, target, evidence);
  return Response.json({ id }, { status: 201 });
});
