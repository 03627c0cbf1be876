// The organization's audit log as CSV. The download itself is audited: who took a copy, and when.
import "server-only";
import { stringify } from "csv-stringify/sync";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { listAuditLog } from "./list-audit-log";
import { recordAudit } from "./record-audit";

const MAX_ROWS = 10_000;

export async function exportAuditLog(membership: TMembership): Promise<string> {
  const entries = await listAuditLog(membership, { take: MAX_ROWS });
  await recordAudit(db, { organizationId: membership.organizationId, actorId: membership.userId, action: "auditLog.export", targetType: "Organization", targetId: membership.organizationId, changes: { rows: entries.length } });
  const csv = stringify(
    entries.map((entry) => [entry.createdAt.toISOString(), entry.actor?.email ?? "", entry.account?.email ?? "", entry.action, entry.targetType, entry.targetId ?? "", JSON.stringify(entry.changes ?? null)]),
    { header: true, columns: ["time", "actor", "account", "action", "targetType", "targetId", "changes"] },
  );
  // A byte-order mark so that Excel opens Japanese text as UTF-8.
  return `\uFEFF${csv}`;
}
