// Downloads of an assessment's results: ?format=pdf|xlsx|csv&locale=ja|en[&sheet=…], to members only.
import { exportAssessment } from "@/lib/exports/export-assessment";
import { withMembership } from "@/lib/http/with-membership";
import { ZExportQuery } from "@/lib/validation/results";

export const runtime = "nodejs";

type TParams = { orgId: string; assessmentId: string };

export const GET = withMembership<TParams>("results.export", async (request, { membership, params }) => {
  const query = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return Response.json({ error: "invalidInput" }, { status: 400 });
  const file = await exportAssessment(membership, { ...query.data, assessmentId: params.assessmentId });
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
