// What a backup reads from PostgreSQL's catalog: the app's tables and their columns, sequences,
// applied migrations, and the order in which foreign keys let tables be filled.
import { escapeIdentifier, type ClientBase } from "pg";
import { BackupError } from "./backup-error";

/** Prisma's own bookkeeping: a restore rebuilds it by applying the migrations. */
export const MIGRATIONS_TABLE = "_prisma_migrations";

export type TTable = { name: string; columns: string[] };

/**
 * Settings that make COPY's text format read back exactly as written: pg_dump sets the same.
 * Timestamps print in UTC, floats with every digit.
 */
export const COPY_SESSION_SETTINGS = [
  "SET client_encoding = 'UTF8'",
  "SET datestyle = 'ISO, YMD'",
  "SET intervalstyle = 'postgres'",
  "SET extra_float_digits = 3",
  "SET bytea_output = 'hex'",
  "SET TIME ZONE 'UTC'",
];

export async function applyCopySettings(client: ClientBase): Promise<void> {
  for (const statement of COPY_SESSION_SETTINGS) await client.query(statement);
}

export function qualified(schema: string, name: string): string {
  return `${escapeIdentifier(schema)}.${escapeIdentifier(name)}`;
}

export async function currentSchema(client: ClientBase): Promise<string> {
  const { rows } = await client.query<{ schema: string | null }>("SELECT current_schema() AS schema");
  if (!rows[0]?.schema) throw new BackupError("The database has no current schema (check search_path).");
  return rows[0].schema;
}

/** Ordinary tables of the schema, but Prisma's migrations table, with their stored columns in order. */
export async function listTables(client: ClientBase, schema: string): Promise<TTable[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> $2
      GROUP BY c.relname
      ORDER BY c.relname COLLATE "C"`,
    [schema, MIGRATIONS_TABLE],
  );
  return rows;
}

export async function listSequences(client: ClientBase, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S' ORDER BY c.relname COLLATE "C"`,
    [schema],
  );
  return rows.map((row) => row.name);
}

/** Migrations recorded as finished (and not rolled back), oldest first; none when Prisma's table is missing. */
export async function appliedMigrations(client: ClientBase, schema: string): Promise<string[]> {
  const { rows: exists } = await client.query<{ table: string | null }>("SELECT to_regclass($1)::text AS table", [qualified(schema, MIGRATIONS_TABLE)]);
  if (!exists[0]?.table) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${qualified(schema, MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** The tables ordered so that every table comes after the tables its foreign keys point at. */
export async function foreignKeyOrder(client: ClientBase, schema: string, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = $1 AND child.oid <> parent.oid`,
    [schema],
  );
  const wanted = new Set(tables);
  const parentsOf = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of rows) if (wanted.has(child) && wanted.has(parent)) parentsOf.get(child)!.add(parent);

  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((table) => !placed.has(table) && [...parentsOf.get(table)!].every((parent) => placed.has(parent)));
    if (!ready.length) {
      const stuck = tables.filter((table) => !placed.has(table));
      throw new BackupError(`Foreign keys form a cycle between ${stuck.join(", ")}: these tables cannot be filled one after another.`);
    }
    for (const table of ready) {
      ordered.push(table);
      placed.add(table);
    }
  }
  return ordered;
}
