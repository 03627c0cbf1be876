// npm run lighthouse — Lighthouse on the production build: the sign-in page, an answering page
// and an assessment dashboard of the demo data, signed in as the demo assessor for the latter
// two. Each page runs LIGHTHOUSE_RUNS times (default 3) in a fresh Chromium; the medians are
// printed as a table, then as one JSON line. The budget is set on Lighthouse's desktop config
// (see README "Performance budgets" for why); LIGHTHOUSE_FORM_FACTOR=mobile runs its default
// mobile config (simulated slow 4G, 4× CPU slowdown). LIGHTHOUSE_REPORT_DIR keeps every report.
import type { ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "zod";
import { QUESTIONNAIRES } from "../../lib/questionnaires/catalog";
import { DEMO_PASSWORD } from "../../prisma/seed/demo";
import { startBenchServer } from "../bench/bench-server";
import { percentile } from "../bench/open-loop";
import { signIn } from "../bench/sign-in";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { buildIfStale } from "../lib/next-build";
import { createPrisma } from "../lib/prisma";
import { prepareDatabase } from "../lib/seed";
import { auditPage, CATEGORIES, METRICS, type TAuditRun, type TCategory, type TMetric } from "./audit-page";
import { AUDIT_USER, demoPages } from "./demo-pages";

const ZOptions = z.object({
  LIGHTHOUSE_RUNS: z.coerce.number().int().min(1).max(15).default(3),
  LIGHTHOUSE_FORM_FACTOR: z.enum(["mobile", "desktop"]).default("desktop"),
  LIGHTHOUSE_REPORT_DIR: z.string().min(1).optional(),
});
const options = ZOptions.parse(process.env);
const TARGET = 95;

const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

const parent = mkdtempSync(path.join(tmpdir(), "mamori-lighthouse-"));
chmodSync(parent, 0o755);
const database = await startEmbeddedPostgres({ dataDir: path.join(parent, "pg"), database: "mamori_lighthouse", throwaway: true });
let server: ChildProcess | undefined;

try {
  await prepareDatabase(database.url, { questionnaires: QUESTIONNAIRES, quiet: true });
  const prisma = createPrisma(database.url);
  const pages = await demoPages(prisma);
  await prisma.$disconnect();

  buildIfStale();
  const started = await startBenchServer(database.url);
  server = started.server;
  const cookie = await signIn(started.baseUrl, AUDIT_USER, DEMO_PASSWORD);

  const runs = new Map<string, TAuditRun[]>();
  for (const page of pages) {
    const url = `${started.baseUrl}${page.path}`;
    // Not measured: a first request warms the route's caches, once per server worker (two).
    for (let worker = 0; worker < 2; worker++) await fetch(url, { headers: page.signedIn ? { Cookie: cookie } : {} });
    for (let run = 1; run <= options.LIGHTHOUSE_RUNS; run++) {
      const result = await auditPage({ url, cookie: page.signedIn ? cookie : undefined, formFactor: options.LIGHTHOUSE_FORM_FACTOR });
      runs.set(page.name, [...(runs.get(page.name) ?? []), result]);
      console.log(`${page.name} run ${run}: ${CATEGORIES.map((category) => `${category} ${result.scores[category]}`).join(", ")}`);
      if (options.LIGHTHOUSE_REPORT_DIR) {
        mkdirSync(options.LIGHTHOUSE_REPORT_DIR, { recursive: true });
        writeFileSync(path.join(options.LIGHTHOUSE_REPORT_DIR, `${page.name}-${run}.json`), result.report);
      }
    }
  }

  const medians = pages.map((page) => {
    const results = runs.get(page.name)!;
    const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(results.map((result) => result.scores[category]))])) as Record<TCategory, number>;
    const metrics = Object.fromEntries(Object.keys(METRICS).map((metric) => [metric, median(results.map((result) => result.metrics[metric as TMetric]))])) as Record<TMetric, number>;
    // An audit that cost points in any run, with its value in each run that it did.
    const failing = new Map<string, string[]>();
    for (const { audit, value } of results.flatMap((result) => result.failing)) failing.set(audit, [...(failing.get(audit) ?? []), value]);
    return { page, scores, metrics, failing, performanceRuns: results.map((result) => result.scores.performance) };
  });

  console.log(`\nLighthouse ${options.LIGHTHOUSE_FORM_FACTOR}, median of ${options.LIGHTHOUSE_RUNS} runs (target ≥ ${TARGET} in each category)`);
  console.table(
    Object.fromEntries(
      medians.map(({ page, scores, metrics, performanceRuns }) => [
        page.name,
        {
          performance: scores.performance,
          accessibility: scores.accessibility,
          "best practices": scores["best-practices"],
          "performance runs": performanceRuns.join(" / "),
          "FCP ms": Math.round(metrics.fcp),
          "LCP ms": Math.round(metrics.lcp),
          "TBT ms": Math.round(metrics.tbt),
          CLS: Number(metrics.cls.toFixed(3)),
        },
      ]),
    ),
  );
  for (const { page, failing } of medians) {
    if (failing.size === 0) continue;
    console.log(`${page.name} (${page.path}) lost points on:`);
    for (const [audit, values] of failing) console.log(`  ${audit} — ${values.length} of ${options.LIGHTHOUSE_RUNS} runs (${values.join(", ")})`);
  }
  const belowTarget = medians.flatMap(({ page, scores }) => CATEGORIES.filter((category) => scores[category] < TARGET).map((category) => `${page.name} ${category} ${scores[category]}`));
  console.log(belowTarget.length ? `\nBelow target: ${belowTarget.join(", ")}` : `\nEvery page meets every target.`);
  console.log(
    JSON.stringify(
      Object.fromEntries(medians.map(({ page, scores }) => [page.name, { performance: scores.performance, accessibility: scores.accessibility, best_practices: scores["best-practices"] }])),
    ),
  );
} finally {
  server?.kill("SIGTERM");
  await database.stop();
  rmSync(parent, { recursive: true, force: true });
}
