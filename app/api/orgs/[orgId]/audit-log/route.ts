// The organization's audit log as CSV, for owners and assessors.
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { withMembership } from "@/lib/http/with-membership";

export const GET = withMembership<{ orgId: string }>("audit.read", async (_request, { membership }) => {
  const csv = await exportAuditLog(membership);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${membership.organizationId}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
