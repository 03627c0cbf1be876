// npm start — database (embedded unless DATABASE_URL is set), migrations, demo data, a production
// build if needed, then the server on PORT (default 3000). `--dev` runs next dev instead.
import { spawn } from "node:child_process";
import { openDatabase } from "./lib/database";
import { ensureNextAuthSecret } from "./lib/local-env";
import { buildIfStale } from "./lib/next-build";
import { nextBin, serverBin } from "./lib/next-bin";
import { ZPort } from "./lib/server-settings";
import { prepareDatabase } from "./lib/seed";
import { QUESTIONNAIRES } from "../lib/questionnaires/catalog";

const dev = process.argv.includes("--dev");
const port = ZPort.parse(process.env.PORT || undefined);
const seed = process.env.MAMORI_SEED_DEMO !== "false";

const database = await openDatabase();
try {
  await prepareDatabase(database.url, { questionnaires: QUESTIONNAIRES, demo: seed });
  if (!dev) buildIfStale();
} catch (error) {
  await database.stop();
  throw error;
}

const url = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const server = spawn(process.execPath, dev ? [nextBin, "dev", "-p", String(port)] : [serverBin, "-p", String(port)], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: ensureNextAuthSecret(),
    NEXTAUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
console.log(`\nMamori is starting on ${url}`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));
server.on("exit", (code) => void shutdown(code ?? 0));
