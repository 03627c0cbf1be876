// Restores a backup file: checks the whole file first, takes the schema to the backup's migrations,
// loads every table in foreign-key order in one transaction, sets the sequences, then applies any
// migrations this code has that the backup does not.
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations, migrationNames } from "../migrations";
import { BackupError } from "./backup-error";
import { applyCopySettings, currentSchema, foreignKeyOrder, listSequences, listTables, qualified } from "./catalog";
import { checkTarget, emptySchema } from "./check-target";
import { openBackup, type TOpenedBackup } from "./open-backup";

export type TRestoreSummary = {
  tables: { name: string; rows: number }[];
  migrations: string[];
  /** Migrations of this code newer than the backup, applied after its rows were loaded. */
  newerMigrations: string[];
  /** Whether --force emptied a database that was not empty. */
  replacedExisting: boolean;
  milliseconds: number;
};

/** The database's address without its password, for messages. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

async function loadRows(url: string, { manifest, pathOf }: TOpenedBackup): Promise<TRestoreSummary["tables"]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await applyCopySettings(client);
    const schema = await currentSchema(client);
    const columnsOf = new Map((await listTables(client, schema)).map((table) => [table.name, new Set(table.columns)]));
    for (const table of manifest.tables) {
      const missing = columnsOf.has(table.name) ? table.columns.filter((column) => !columnsOf.get(table.name)!.has(column)) : ["(the whole table)"];
      if (missing.length) throw new BackupError(`After the backup's migrations, table ${table.name} lacks ${missing.join(", ")}: the backup does not match this code's migrations.`);
    }
    const order = await foreignKeyOrder(client, schema, manifest.tables.map((table) => table.name));
    const byName = new Map(manifest.tables.map((table) => [table.name, table]));
    const loaded: TRestoreSummary["tables"] = [];
    for (const name of order) {
      const table = byName.get(name)!;
      const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
      const sink = client.query(copyFrom(`COPY ${qualified(schema, name)} (${columns}) FROM STDIN`));
      await pipeline(createReadStream(pathOf(table.file)), sink);
      if (sink.rowCount !== table.rows) throw new BackupError(`Table ${name}: the backup lists ${table.rows} rows but ${sink.rowCount} were read.`);
      loaded.push({ name, rows: table.rows });
    }
    const sequences = new Set(await listSequences(client, schema));
    for (const sequence of manifest.sequences.filter((candidate) => sequences.has(candidate.name))) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified(schema, sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    await client.query("COMMIT");
    await client.query("ANALYZE"); // fresh planner statistics for the loaded tables
    return loaded;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

export async function restoreBackup({ url, file, force = false }: { url: string; file: string; force?: boolean }): Promise<TRestoreSummary> {
  const started = performance.now();
  const backup = await openBackup(file);
  try {
    const { manifest } = backup;
    const known = new Set(await migrationNames());
    const unknown = manifest.migrations.filter((name) => !known.has(name));
    if (unknown.length) {
      throw new BackupError(`The backup comes from a newer Mamori: this code does not have its migrations ${unknown.join(", ")}. Restore it with a version that has them.`);
    }
    const target = await checkTarget(url, manifest.migrations);
    if (target.reasonsNotEmpty.length && !force) {
      throw new BackupError(
        `Refusing to restore into ${describeUrl(url)}: ${target.reasonsNotEmpty.join("; ")}. Restore into an empty database, or add --force to delete everything in it first.`,
      );
    }
    if (target.reasonsNotEmpty.length) await emptySchema(url, target.schema);
    await applyMigrations(url, { only: manifest.migrations });
    const tables = await loadRows(url, backup);
    const newerMigrations = await applyMigrations(url);
    return { tables, migrations: manifest.migrations, newerMigrations, replacedExisting: target.reasonsNotEmpty.length > 0, milliseconds: performance.now() - started };
  } finally {
    await backup.close();
  }
}
