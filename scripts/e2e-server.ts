// The server Playwright tests run against: the production build on a throwaway embedded
// PostgreSQL with the demo data and the tests' own fixtures, stopped and deleted when they end.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/seed";
import { createPrisma } from "./lib/prisma";
import { seedE2eFixtures } from "../prisma/seed/e2e-fixtures";
import { QUESTIONNAIRES } from "../lib/questionnaires/catalog";
import { serverBin } from "./lib/next-bin";

const port = process.env.PORT ?? "3100";
const parent = mkdtempSync(path.join(tmpdir(), "mamori-e2e-"));
chmodSync(parent, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(parent, "pg"), database: "mamori_e2e", throwaway: true });
await prepareDatabase(database.url, { questionnaires: QUESTIONNAIRES, quiet: true });
const prisma = createPrisma(database.url);
await seedE2eFixtures(prisma);
await prisma.$disconnect();

const server = spawn(process.execPath, [serverBin, "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    NEXT_TELEMETRY_DISABLED: "1",
  },
});

async function shutdown() {
  server.kill("SIGTERM");
  await database.stop();
  rmSync(parent, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
server.on("exit", () => void shutdown());
