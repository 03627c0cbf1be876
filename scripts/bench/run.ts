// npm run bench — autosave through the same route the browser uses, open-loop at rising rates
// from 50 signed-in users, next to a raw pg upsert, on a production build (see PERFORMANCE.md
// in the shared notes). Prints a table, then one JSON line with every figure.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, findFreePort } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations";
import { buildIfStale } from "../lib/next-build";
import { serverBin } from "../lib/next-bin";
import { createPrisma } from "../lib/prisma";
import { BENCH_PASSWORD, seedBench } from "./bench-data";
import { runStep, type TStepResult } from "./open-loop";
import { measurePgUpsert } from "./pg-upsert";
import { signIn } from "./sign-in";

const USERS = 50;
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 20);
const RATES = process.env.BENCH_RATES ? process.env.BENCH_RATES.split(",").map(Number) : [100, 150, 200, 250, 300];
const MAX_RATE = 600;
const BUDGET_P95_MS = 100;

const parent = mkdtempSync(path.join(tmpdir(), "mamori-bench-"));
chmodSync(parent, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(parent, "pg"), database: "mamori_bench", throwaway: true });
let server: ReturnType<typeof spawn> | undefined;

try {
  await applyMigrations(database.url);
  const prisma = createPrisma(database.url);
  const bench = await seedBench(prisma, USERS);
  buildIfStale();

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" WEB_CONCURRENCY=1 profiles the server.
  const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  server = spawn(process.execPath, [...nodeFlags, serverBin, "-p", String(port)], {
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${baseUrl}/api/health`).then((response) => response.ok).catch(() => false);
    if (ready) break;
    if (attempt > 120) throw new Error("server did not start");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  // Users sign in first, at a pace the login limiter allows (not measured).
  const cookies: string[] = [];
  for (const email of bench.emails) cookies.push(await signIn(baseUrl, email, BENCH_PASSWORD));

  // Idle sockets close before the server's 5 s keep-alive timeout, so no request is sent on a
  // socket the server is closing at that moment.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 });
  const questionsPerUser = Math.floor(bench.questionKeys.length / USERS);
  const versions = new Map<string, number>();
  const inFlight = new Set<string>();
  let saved = 0;
  const errorKinds = new Map<string, number>();
  const countError = (kind: string) => errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);

  function save(index: number): Promise<boolean | "dropped"> {
    const user = index % USERS;
    const questionKey = bench.questionKeys[user * questionsPerUser + (Math.floor(index / USERS) % questionsPerUser)]!;
    if (inFlight.has(questionKey)) return Promise.resolve("dropped");
    inFlight.add(questionKey);
    const body = JSON.stringify({ questionKey, baseVersion: versions.get(questionKey) ?? 0, answer: { level: index % 5, notApplicable: false } });
    return new Promise((resolve) => {
      const request = http.request(
        `${baseUrl}/api/orgs/${bench.organizationId}/assessments/${bench.assessmentId}/answers`,
        { method: "POST", agent, headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), Cookie: cookies[user]! } },
        (response) => {
          let text = "";
          response.on("data", (chunk) => (text += chunk));
          response.on("end", () => {
            inFlight.delete(questionKey);
            try {
              const result = JSON.parse(text) as { status?: string; version?: number };
              if (response.statusCode === 200 && result.status === "saved") {
                versions.set(questionKey, result.version!);
                saved++;
                resolve(true);
              } else {
                countError(`${response.statusCode} ${result.status ?? (result as { error?: string }).error ?? ""}`);
                resolve(false);
              }
            } catch {
              countError(`${response.statusCode} unparsable`);
              resolve(false);
            }
          });
        },
      );
      request.on("error", (error) => {
        inFlight.delete(questionKey);
        countError(`network ${error.message}`);
        resolve(false);
      });
      request.end(body);
    });
  }

  // Warm up the server's code paths, then the measured steps.
  // Both server workers compile their hot paths (JIT) before anything is measured.
  await runStep(100, 8, save);
  const steps: TStepResult[] = [];
  for (let rate = RATES[0]!; rate <= MAX_RATE; rate = RATES[steps.length] ?? rate + 50) {
    const step = await runStep(rate, STEP_SECONDS, save);
    steps.push(step);
    console.log(`autosave ${rate}/s: achieved ${step.achievedRate}/s, p50 ${step.p50} ms, p95 ${step.p95} ms, p99 ${step.p99} ms, errors ${step.errors}, dropped ${step.dropped}`);
    const sustainable = step.p95 < BUDGET_P95_MS && step.errors === 0 && step.dropped === 0;
    if (!sustainable && steps.length >= RATES.length) break;
    if (!sustainable && step.p95 > 5 * BUDGET_P95_MS) break;
  }

  // Every save the clients saw as saved is in the database, with its audit row.
  const [answerVersions, auditRows] = await Promise.all([
    prisma.answer.aggregate({ where: { assessmentId: bench.assessmentId }, _sum: { version: true } }),
    prisma.auditLog.count({ where: { action: "answer.save", targetId: { startsWith: `${bench.assessmentId}:` } } }),
  ]);
  const verified = answerVersions._sum.version === saved && auditRows === saved;

  const pgUpsert = await measurePgUpsert(database.url);
  await prisma.$disconnect();

  const at100 = steps.find((step) => step.rate === 100)!;
  const sustainable = steps.filter((step) => step.p95 < BUDGET_P95_MS && step.errors === 0 && step.dropped === 0).map((step) => step.rate);
  console.log("\n rate/s | achieved/s |  p50 ms |  p95 ms |  p99 ms | errors | dropped");
  for (const step of steps) {
    console.log(
      `${String(step.rate).padStart(7)} | ${String(step.achievedRate).padStart(10)} | ${String(step.p50).padStart(7)} | ${String(step.p95).padStart(7)} | ${String(step.p99).padStart(7)} | ${String(step.errors).padStart(6)} | ${String(step.dropped).padStart(7)}`,
    );
  }
  console.log(`raw pg upsert (pool 20, 50 concurrent): ${pgUpsert.rps}/s, p50 ${pgUpsert.p50} ms, p95 ${pgUpsert.p95} ms`);
  console.log(`saves verified in the database (answers and audit rows): ${verified ? "yes" : "NO"} (${saved} saves)`);
  if (errorKinds.size) console.log(`errors by kind: ${JSON.stringify(Object.fromEntries(errorKinds))}`);
  console.log(
    JSON.stringify({
      autosave_p50_ms: at100.p50,
      autosave_p95_ms: at100.p95,
      autosave_sustainable_rps: sustainable.length ? Math.max(...sustainable) : 0,
      autosave_saves_verified: verified,
      autosave_saves_total: saved,
      autosave_errors_by_kind: Object.fromEntries(errorKinds),
      pg_upsert_p50_ms: pgUpsert.p50,
      pg_upsert_p95_ms: pgUpsert.p95,
      pg_upsert_rps: pgUpsert.rps,
      step_seconds: STEP_SECONDS,
      steps,
    }),
  );
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  rmSync(parent, { recursive: true, force: true });
}
