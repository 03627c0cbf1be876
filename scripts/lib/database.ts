// The database the app's scripts use: DATABASE_URL when set, otherwise the embedded PostgreSQL
// whose cluster lives in .data/postgres and is reused by every later start.
import path from "node:path";
import { z } from "zod";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");
const ZDatabaseUrl = z.url({ protocol: /^postgres(ql)?$/ }).optional();

export async function openDatabase(): Promise<RunningDatabase> {
  const configured = ZDatabaseUrl.parse(process.env.DATABASE_URL || undefined);
  if (configured) return { url: configured, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: path.join(root, ".data/postgres"), database: "mamori" });
}

/** Runs `work` against the database and stops an embedded server it started, also on Ctrl-C. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await openDatabase();
  const stopOnSignal = () => void database.stop().finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}
