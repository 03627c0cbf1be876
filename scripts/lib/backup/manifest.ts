// The manifest of a backup file: what it holds and how to check it, validated before a restore
// touches anything.
import { z } from "zod";

export const BACKUP_FORMAT = "mamori-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

const ZTableData = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  /** The table's rows in COPY text format, one line a row. */
  file: z.string().regex(/^data\/\d{3,}-[A-Za-z0-9_]+\.tsv$/),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const ZSequenceState = z.object({
  name: z.string().min(1),
  /** A bigint, as text. */
  lastValue: z.string().regex(/^-?\d+$/),
  isCalled: z.boolean(),
});

export const ZBackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  postgresVersion: z.string(),
  /** Names of the migrations applied to the database backed up, oldest first. */
  migrations: z.array(z.string().min(1)),
  tables: z.array(ZTableData),
  sequences: z.array(ZSequenceState),
});

export type TBackupManifest = z.infer<typeof ZBackupManifest>;
export type TTableData = z.infer<typeof ZTableData>;
export type TSequenceState = z.infer<typeof ZSequenceState>;

export function dataFileName(index: number, table: string): string {
  return `data/${String(index + 1).padStart(3, "0")}-${table.replace(/[^A-Za-z0-9_]/g, "_")}.tsv`;
}
