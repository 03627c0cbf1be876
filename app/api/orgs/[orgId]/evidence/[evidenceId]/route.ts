// Downloads an evidence file, only for members of its organization, always as an attachment.
import { findEvidenceFile } from "@/lib/evidence/list-evidence";
import { readUpload } from "@/lib/evidence/evidence-storage";
import { withMembership } from "@/lib/http/with-membership";

export const GET = withMembership<{ orgId: string; evidenceId: string }>("assessment.read", async (_request, { membership, params }) => {
  const file = await findEvidenceFile(membership, params.evidenceId);
  if (!file?.storageKey) return Response.json({ error: "notFound" }, { status: 404 });
  const bytes = await readUpload(file.storageKey);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
});
