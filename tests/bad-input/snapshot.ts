// A fingerprint of every table in the database: its row count and a hash of all its rows. Two
// equal snapshots mean nothing was written in between.
import { db } from "@/lib/db/client";

export async function databaseSnapshot(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`;
  const snapshot: Record<string, string> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ rows: number; hash: string }[]>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM ${quoted} t`,
    );
    snapshot[name] = `${row!.rows}:${row!.hash}`;
  }
  return snapshot;
}
