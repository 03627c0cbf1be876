// An organization's audit trail, newest first: its own events, and the sign-ins (successful or
// not) and other account events of its current members since they joined. A sign-in belongs to no
// one organization; a security lead still needs to see failed attempts on their colleagues' accounts.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { ACCOUNT_EVENTS } from "./account-events";

type TAuditRow = {
  id: bigint;
  action: string;
  targetType: string;
  targetId: string | null;
  changes: unknown;
  createdAt: Date;
  actorName: string | null;
  actorEmail: string | null;
  accountName: string | null;
  accountEmail: string | null;
};

export type TAuditEntry = {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  changes: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  /** For account events: whose account. */
  account: { name: string; email: string } | null;
};

export async function listAuditLog(membership: TMembership, { take = 200 }: { take?: number } = {}): Promise<TAuditEntry[]> {
  const organizationId = membership.organizationId;
  const rows = await db.$queryRaw<TAuditRow[]>`
    SELECT a.id, a.action, a."targetType", a."targetId", a.changes, a."createdAt",
           actor.name AS "actorName", actor.email AS "actorEmail", account.name AS "accountName", account.email AS "accountEmail"
    FROM (
      (SELECT * FROM "AuditLog" WHERE "organizationId" = ${organizationId} ORDER BY id DESC LIMIT ${take})
      UNION ALL
      (SELECT a.* FROM "AuditLog" a
       JOIN "Membership" m ON m."userId" = a."targetId" AND m."organizationId" = ${organizationId}
       WHERE a."organizationId" IS NULL AND a."targetType" = 'User' AND a.action = ANY(${[...ACCOUNT_EVENTS]}) AND a."createdAt" >= m."createdAt"
       ORDER BY a.id DESC LIMIT ${take})
    ) a
    LEFT JOIN "User" actor ON actor.id = a."actorId"
    LEFT JOIN "User" account ON a."organizationId" IS NULL AND a."targetType" = 'User' AND account.id = a."targetId"
    ORDER BY a.id DESC
    LIMIT ${take}`;
  return rows.map((row) => toAuditEntry(row));
}

function toAuditEntry(row: TAuditRow): TAuditEntry {
  return {
    id: row.id.toString(),
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    changes: row.changes,
    createdAt: row.createdAt,
    actor: row.actorName !== null && row.actorEmail !== null ? { name: row.actorName, email: row.actorEmail } : null,
    account: row.accountName !== null && row.accountEmail !== null ? { name: row.accountName, email: row.accountEmail } : null,
  };
}
