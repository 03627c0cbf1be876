// The organization's audit log as CSV, for owners and assessors.
import { stringify } from "csv-stringify/sync";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { withMembership } from "@/lib/http/with-membership";

export const GET = withMembership<{ orgId: string }>("audit.read", async (_request, { membership }) => {
  const entries = await listAuditLog(membership, { take: 10_000 });
  const csv = stringify(
    entries.map((entry) => [entry.createdAt.toISOString(), entry.actor?.email ?? "", entry.action, entry.targetType, entry.targetId ?? "", JSON.stringify(entry.changes ?? null)]),
    { header: true, columns: ["time", "actor", "action", "targetType", "targetId", "changes"] },
  );
  // A byte-order mark so that Excel opens Japanese text as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${membership.organizationId}.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
