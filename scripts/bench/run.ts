// npm run bench — on a production build (see PERFORMANCE.md in the shared notes): autosave
// through the same route the browser uses, open-loop at rising rates from 50 signed-in users,
// next to a raw pg upsert; the dashboard page open-loop at rising rates; the scoring model in
// process; the organization overview's SQL on 10,000 assessments; and users as people use the
// app, in steps of 100 to 500 (load). Prints a table per measurement, then one JSON line with
// every figure. BENCH_ONLY=dashboard,score runs a subset.
import type { ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { applyMigrations } from "../lib/migrations";
import { buildIfStale } from "../lib/next-build";
import { createPrisma } from "../lib/prisma";
import { autosaveSection } from "./autosave";
import { BENCH_PASSWORD, seedBench } from "./bench-data";
import { startBenchServer } from "./bench-server";
import { postmasterPid } from "./cpu-usage";
import { dashboardSection } from "./dashboard-views";
import { loadSection, type TLoadOptions } from "./load";
import { seedLoad } from "./load-data";
import { portfolioSection } from "./portfolio";
import type { TSection } from "./report";
import { scoringSection } from "./score-in-process";
import { seedDashboard } from "./seed-approved";
import { signIn } from "./sign-in";
import { ratesFrom, type TLadder } from "./step-ladder";

const USERS = 50;
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 20);
const AUTOSAVE: TLadder = { label: "autosave", rates: ratesFrom(process.env.BENCH_RATES, [100, 150, 200, 250, 300]), increment: 50, maxRate: 600, budgetP95Ms: 100, seconds: STEP_SECONDS };
// Every rate up to 100 runs; past 80 the climb stops at the first step over budget.
const DASHBOARD: TLadder = { label: "dashboard", rates: ratesFrom(process.env.BENCH_DASHBOARD_RATES, [20, 40, 60, 80, 100]), increment: 20, maxRate: 400, budgetP95Ms: 300, seconds: STEP_SECONDS };
// BENCH_LOAD_USERS=20,40 BENCH_LOAD_SECONDS=10 BENCH_LOAD_RAMP_SECONDS=5 for a quick look while developing.
const LOAD: TLoadOptions = {
  users: ratesFrom(process.env.BENCH_LOAD_USERS, [100, 200, 300, 400, 500]),
  stepSeconds: Number(process.env.BENCH_LOAD_SECONDS ?? 60),
  rampSeconds: Number(process.env.BENCH_LOAD_RAMP_SECONDS ?? 15),
};
const ONLY = new Set((process.env.BENCH_ONLY ?? "autosave,dashboard,load,score,portfolio").split(","));

// Others may rebuild the shared .next while the server runs; a run that saw that is not to be trusted.
const BUILD_ID = path.resolve(import.meta.dirname, "../../.next/BUILD_ID");
const readBuildId = () => (existsSync(BUILD_ID) ? readFileSync(BUILD_ID, "utf8").trim() : "(being rebuilt)");

const parent = mkdtempSync(path.join(tmpdir(), "mamori-bench-"));
chmodSync(parent, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(parent, "pg"), database: "mamori_bench", throwaway: true });
let server: ChildProcess | undefined;

try {
  await applyMigrations(database.url);
  const prisma = createPrisma(database.url);
  const bench = await seedBench(prisma, USERS);
  const dashboard = await seedDashboard(prisma, bench.userIds);
  const loadData = ONLY.has("load") ? await seedLoad(prisma, Math.max(...LOAD.users)) : undefined;
  // Printed in this order, whatever order they run in.
  const sections: Partial<Record<"autosave" | "dashboard" | "load" | "score" | "portfolio" | "build", TSection>> = {};

  // In this process, before the server competes for the CPU.
  if (ONLY.has("score")) sections.score = scoringSection();

  if (ONLY.has("autosave") || ONLY.has("dashboard") || loadData) {
    buildIfStale();
    const buildId = readBuildId();
    const started = await startBenchServer(database.url);
    server = started.server;
    const { baseUrl } = started;
    // Users sign in first, at a pace the login limiter allows (not measured).
    const cookies: string[] = [];
    if (ONLY.has("autosave") || ONLY.has("dashboard")) for (const email of bench.emails) cookies.push(await signIn(baseUrl, email, BENCH_PASSWORD));
    // Idle sockets close before the server's 5 s keep-alive timeout, so no request is sent on a
    // socket the server is closing at that moment.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 4000 });
    if (ONLY.has("autosave")) {
      const target = { baseUrl, agent, cookies, organizationId: bench.organizationId, assessmentId: bench.assessmentId, questionKeys: bench.questionKeys };
      sections.autosave = await autosaveSection({ target, prisma, databaseUrl: database.url, ladder: AUTOSAVE });
    }
    if (ONLY.has("dashboard")) sections.dashboard = await dashboardSection({ baseUrl, agent, cookies, dashboard }, DASHBOARD);
    agent.destroy();
    if (loadData) sections.load = await loadSection({ baseUrl, prisma, data: loadData, options: LOAD, pids: { serverPid: server.pid!, postgresPid: postmasterPid(path.join(parent, "pg")) } });
    const rebuilt = readBuildId() !== buildId;
    sections.build = { lines: rebuilt ? ["\nWARNING: .next was rebuilt while the server ran; rerun when nobody else builds."] : [], figures: { build_id: buildId, build_changed_during_run: rebuilt } };
  }

  // In this process too; the server, if any, is idle by now.
  if (ONLY.has("portfolio")) sections.portfolio = await portfolioSection(prisma, { url: database.url, questionnaireVersionId: dashboard.questionnaireVersionId, ownerId: bench.userIds[0]! });
  await prisma.$disconnect();

  const ordered = [sections.autosave, sections.dashboard, sections.load, sections.score, sections.portfolio, sections.build].filter((section) => section !== undefined);
  console.log(ordered.flatMap((section) => section.lines).join("\n"));
  console.log(JSON.stringify(Object.assign({}, ...ordered.map((section) => section.figures))));
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  rmSync(parent, { recursive: true, force: true });
}
