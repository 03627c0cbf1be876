// Why a database may not simply receive a restore: it holds data, its schema is ahead of the
// backup, or something (a running Mamori) is connected to it. Each reason is overridden by --force.
import pg from "pg";
import { appliedMigrations, currentSchema, listTables, qualified } from "./catalog";

export type TTargetState = { schema: string; reasonsNotEmpty: string[] };

export async function checkTarget(url: string, backupMigrations: readonly string[]): Promise<TTargetState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schema = await currentSchema(client);
    const tables = await listTables(client, schema);
    const filled: string[] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ filled: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${qualified(schema, table.name)}) AS filled`);
      if (rows[0]!.filled) filled.push(table.name);
    }
    const applied = await appliedMigrations(client, schema);
    const ahead = applied.filter((name) => !backupMigrations.includes(name));
    const { rows: sessions } = await client.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
    );

    const reasons: string[] = [];
    if (filled.length) reasons.push(`it holds data (in ${filled.length} tables: ${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", …" : ""})`);
    if (ahead.length) reasons.push(`its schema has migrations the backup does not (${ahead.join(", ")})`);
    if (tables.length && !applied.length) reasons.push("it has tables that Mamori's migrations did not make");
    if (sessions[0]!.count) reasons.push(`${sessions[0]!.count} other connections are open to it (stop Mamori first)`);
    return { schema, reasonsNotEmpty: reasons };
  } finally {
    await client.end();
  }
}

/** Drops everything in the schema: what --force means. */
export async function emptySchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Fail clearly rather than wait forever behind a session that holds a lock.
    await client.query("SET lock_timeout = '10s'");
    await client.query(`DROP SCHEMA ${pg.escapeIdentifier(schema)} CASCADE`);
    await client.query(`CREATE SCHEMA ${pg.escapeIdentifier(schema)}`);
  } finally {
    await client.end();
  }
}
