// Appends one row to the audit log, inside the caller's transaction when there is one.
import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

type TAuditWriter = Pick<PrismaClient, "auditLog"> | Prisma.TransactionClient;

export type TAuditEntry = {
  organizationId?: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string;
  /** { field: [before, after] } or other detail; never secrets. */
  changes?: Prisma.InputJsonValue;
};

export async function recordAudit(writer: TAuditWriter, entry: TAuditEntry): Promise<void> {
  await writer.auditLog.create({ data: entry });
}

/** The fields that differ between two versions of a record, as { field: [before, after] }. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && before[field] !== value) changes[field] = [before[field] ?? null, value];
  }
  return changes;
}
