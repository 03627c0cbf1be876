// Starts a throwaway PostgreSQL for the integration run and applies the migrations to it.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { applyMigrations } from "../scripts/lib/migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const parent = mkdtempSync(path.join(tmpdir(), "mamori-test-"));
  chmodSync(parent, 0o755); // PostgreSQL runs as its own user and must reach its data directory
  const dataDir = path.join(parent, "pg");
  const database = await startEmbeddedPostgres({ dataDir, database: "mamori_test", throwaway: true });
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  };
}
