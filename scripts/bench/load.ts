// Users as people use Mamori, open loop: steps of rising numbers of signed-in users (100 … 500),
// each opening their domain on arrival, saving an answer about every 2 s and opening the dashboard
// about every 30 s. Per step: saves/s and views/s, latencies, errors by kind, dropped saves; then
// the database must hold exactly the saves the users saw, each with its audit row.
import { availableParallelism } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { PrismaClient } from "../../generated/prisma/client";
import { readCpu, usageBetween, type TCpuReading } from "./cpu-usage";
import { loadClient } from "./load-client";
import { answerKey, LOAD_PASSWORD, type TLoadData } from "./load-data";
import { planLoad, seededRandom, stepBounds, type TLoadEvent, type TLoadEventKind } from "./load-plan";
import { latencySummary, round1, runPlanned, type TOutcome, type TPlannedResult } from "./open-loop";
import type { TSection } from "./report";
import { signIn } from "./sign-in";

export type TLoadOptions = { users: number[]; stepSeconds: number; rampSeconds: number };
type TPids = { serverPid: number; postgresPid: number | null };
const SAVE_EVERY_SECONDS = 2;
const VIEW_EVERY_SECONDS = 30;

/** The budgets of issue 10: at 100 users, and for the largest step that counts as sustained. */
const AT_100 = { autosaveP95Ms: 50, dashboardP95Ms: 200 };
const SUSTAINED = { autosaveP95Ms: 100, dashboardP95Ms: 300 };

type TKindFigures = { perSecond: number; p50: number; p95: number; p99: number };
type TCores = ReturnType<typeof usageBetween>;
export type TLoadStep = { users: number; saves: TKindFigures; views: TKindFigures; opens: TKindFigures; errors: number; dropped: number; errorsByKind: Record<string, number>; cores: TCores | null };

function kindFigures(results: TPlannedResult<TLoadEvent>[], kind: TLoadEventKind, seconds: number): TKindFigures {
  const latencies = results.filter((result) => result.event.kind === kind && result.outcome === "ok").map((result) => result.latencyMs);
  return { perSecond: round1(latencies.length / seconds), ...latencySummary(latencies) };
}

/** A step's figures: saves and views planned in its measured window; the opens of its ramp. */
function stepFigures(results: TPlannedResult<TLoadEvent>[], users: number, step: number, options: TLoadOptions, errorsByKind: Map<string, number> | undefined, cores: TCores | null): TLoadStep {
  const inStep = results.filter((result) => result.event.step === step);
  const measured = inStep.filter((result) => result.event.measured);
  return {
    users,
    saves: kindFigures(measured, "save", options.stepSeconds),
    views: kindFigures(measured, "view", options.stepSeconds),
    opens: kindFigures(inStep, "open", options.rampSeconds),
    // Errors anywhere in the step, ramp included: a user who could not open their page counts.
    errors: inStep.filter((result) => result.outcome === "error").length,
    dropped: inStep.filter((result) => result.outcome === "dropped").length,
    errorsByKind: Object.fromEntries(errorsByKind ?? []),
    cores,
  };
}

/** Both server workers render both pages and save for a few seconds before anything is measured (JIT, caches). */
function warmUpPlan(users: number): TLoadEvent[] {
  const WARM_UP = -1;
  return Array.from({ length: 120 }, (_, index) => ({ at: index * 50, user: index % users, kind: (["open", "save", "view", "save"] as const)[index % 4]!, step: WARM_UP, measured: false }));
}

/** Server and PostgreSQL CPU per request of each kind, sent one at a time after the warm-up. */
async function cpuPerRequest(send: (event: TLoadEvent) => Promise<TOutcome>, users: number, pids: TPids) {
  const perKind = async (kind: TLoadEventKind, count: number) => {
    const before = readCpu(pids);
    for (let index = 0; index < count; index++) await send({ at: 0, user: index % users, kind, step: -1, measured: false });
    const after = readCpu(pids);
    const per = (a: number | null, b: number | null) => (a === null || b === null ? null : round1((b - a) / count));
    return { serverMs: per(before.serverMs, after.serverMs), postgresMs: per(before.postgresMs, after.postgresMs) };
  };
  return { open: await perKind("open", 30), save: await perKind("save", 100), view: await perKind("view", 30) };
}

/**
 * Whether a step's saves were far over budget (more than 1 in 20 failed, or took over five times
 * the budget, counting those still waiting at its end): the climb stops there, since later steps
 * would only measure the backlog.
 */
function overwhelmed(plan: TLoadEvent[], results: TPlannedResult<TLoadEvent>[], step: number, endMs: number): boolean {
  const lateMs = 5 * SUSTAINED.autosaveP95Ms;
  // Saves planned in the last moments may be in flight without being late.
  const judged = plan.filter((event) => event.step === step && event.measured && event.kind === "save" && event.at < endMs - 2 * lateMs);
  const finished = new Map(results.filter((result) => result.event.step === step).map((result) => [result.event, result]));
  const bad = judged.filter((event) => {
    const result = finished.get(event);
    return !result || result.outcome === "error" || result.latencyMs > lateMs;
  });
  return bad.length > judged.length / 20;
}

const sustained = (step: TLoadStep) => step.errors === 0 && step.dropped === 0 && step.saves.p95 < SUSTAINED.autosaveP95Ms && step.views.p95 < SUSTAINED.dashboardP95Ms;

/**
 * The database against what the users saw: every answer at the version its user last saw, or
 * higher only by saves whose outcome they never learned; one audit row per version written.
 */
async function savesVerified(prisma: PrismaClient, data: TLoadData, client: { versions: Map<string, number>; unanswered: Map<string, number> }) {
  const [answers, auditRows] = await Promise.all([
    prisma.answer.findMany({ where: { assessmentId: { in: data.assessmentIds } }, select: { assessmentId: true, questionKey: true, version: true } }),
    prisma.auditLog.count({ where: { action: "answer.save", OR: data.assessmentIds.map((id) => ({ targetId: { startsWith: `${id}:` } })) } }),
  ]);
  const stored = new Map(answers.map((answer) => [answerKey(answer.assessmentId, answer.questionKey), answer.version]));
  let written = 0;
  let writtenUnseen = 0;
  let consistent = [...stored.keys()].every((key) => client.versions.has(key));
  for (const [key, seen] of client.versions) {
    const version = stored.get(key) ?? 0;
    written += version - data.initialVersions.get(key)!;
    writtenUnseen += version - seen;
    if (version < seen || version > seen + (client.unanswered.get(key) ?? 0)) consistent = false;
  }
  return { verified: consistent && auditRows === written, writtenUnseen, unanswered: [...client.unanswered.values()].reduce((sum, count) => sum + count, 0) };
}

/** The cores the app used: its server, PostgreSQL and this load generator. */
const appCores = (cores: TCores | null) => (cores?.server == null || cores.postgres == null ? "—" : round1(cores.server + cores.postgres + cores.generator!));

function stepTable(steps: TLoadStep[]): string {
  const columns = ["users", "saves/s", "save p50", "save p95", "save p99", "views/s", "view p50", "view p95", "view p99", "open p95", "errors", "dropped", "cores app", "cores others", "cpu wait %", "io wait %"];
  const row = (cells: (string | number)[]) => cells.map((cell, column) => String(cell).padStart(Math.max(7, columns[column]!.length))).join(" | ");
  return [row(columns), ...steps.map((step) => row([step.users, step.saves.perSecond, step.saves.p50, step.saves.p95, step.saves.p99, step.views.perSecond, step.views.p50, step.views.p95, step.views.p99, step.opens.p95, step.errors, step.dropped, appCores(step.cores), step.cores?.others ?? "—", step.cores?.cpuWaitPercent ?? "—", step.cores?.ioWaitPercent ?? "—"]))].join("\n");
}

export async function loadSection({ baseUrl, prisma, data, options, pids }: { baseUrl: string; prisma: PrismaClient; data: TLoadData; options: TLoadOptions; pids: TPids }): Promise<TSection> {
  // Users sign in first (not measured), a few at a time. The limiter counts failed sign-ins only,
  // per account and per address, so 500 successful ones from 127.0.0.1 pass it as they are.
  const cookies: string[] = [];
  for (let first = 0; first < data.users.length; first += 4) {
    cookies.push(...(await Promise.all(data.users.slice(first, first + 4).map((user) => signIn(baseUrl, user.email, LOAD_PASSWORD)))));
  }
  const client = loadClient({ baseUrl, cookies, data });
  const warmUpUsers = Math.min(10, data.users.length);
  await runPlanned(warmUpPlan(warmUpUsers), client.send);
  const cost = await cpuPerRequest(client.send, warmUpUsers, pids);
  const plan = planLoad({ ...options, saveEverySeconds: SAVE_EVERY_SECONDS, viewEverySeconds: VIEW_EVERY_SECONDS, random: seededRandom(10) });
  // A CPU reading at the start and end of each measured window, on the plan's clock.
  const readings: { from?: TCpuReading; to?: TCpuReading }[] = options.users.map(() => ({}));
  const runStart = performance.now();
  const timers: NodeJS.Timeout[] = [];
  const readAt = (atMs: number, record: (reading: TCpuReading) => void) => new Promise<void>((resolve) => timers.push(setTimeout(() => resolve(record(readCpu(pids))), runStart + atMs - performance.now())));
  const finished: TPlannedResult<TLoadEvent>[] = [];
  let lastStep = options.users.length - 1;
  const readingsTaken = Promise.all(
    options.users.flatMap((_, step) => {
      const { measuredFrom, end } = stepBounds(options, step);
      return [
        readAt(measuredFrom, (reading) => (readings[step]!.from = reading)),
        readAt(end, (reading) => {
          readings[step]!.to = reading;
          if (step < lastStep && overwhelmed(plan, finished, step, end)) lastStep = step;
        }),
      ];
    }),
  );
  // If this process's own event loop lags, latencies include its lag: report it.
  const generatorLag = monitorEventLoopDelay({ resolution: 10 });
  generatorLag.enable();
  const results = await runPlanned(plan, client.send, { onResult: (result) => finished.push(result), stopWhen: () => lastStep < options.users.length - 1 && performance.now() - runStart >= stepBounds(options, lastStep).end });
  generatorLag.disable();
  // The last reading comes at the end of the last step run; the rest are not needed.
  if (lastStep === options.users.length - 1) await readingsTaken;
  timers.forEach(clearTimeout);
  const lagMs = { p99: round1(generatorLag.percentile(99) / 1e6), max: round1(generatorLag.max / 1e6) };
  client.close();
  const cores = (step: number) => (readings[step]!.from && readings[step]!.to ? usageBetween(readings[step]!.from!, readings[step]!.to!) : null);
  const steps = options.users.slice(0, lastStep + 1).map((users, step) => stepFigures(results, users, step, options, client.errorKinds.get(step), cores(step)));
  // What the steady state should need, from the cost of one request at a time.
  const appMs = (figures: { serverMs: number | null; postgresMs: number | null }) => (figures.serverMs ?? 0) + (figures.postgresMs ?? 0);
  const coresPerUser = (appMs(cost.save) / SAVE_EVERY_SECONDS + appMs(cost.view) / VIEW_EVERY_SECONDS) / 1000;
  for (const step of steps) console.log(`load ${step.users} users: ${step.saves.perSecond} saves/s (p95 ${step.saves.p95} ms), ${step.views.perSecond} views/s (p95 ${step.views.p95} ms), errors ${step.errors}, dropped ${step.dropped}`);
  const check = await savesVerified(prisma, data, client);
  const first = steps[0]!;
  const usersMax = Math.max(0, ...steps.filter(sustained).map((step) => step.users));
  return {
    lines: [
      `\n== load: users as people use Mamori, open loop; each step ${options.rampSeconds} s of arrivals, then ${options.stepSeconds} s measured`,
      `   (a save about every 2 s, the dashboard about every 30 s; targets: at 100 users no errors, save p95 < ${AT_100.autosaveP95Ms} ms, dashboard p95 < ${AT_100.dashboardP95Ms} ms;`,
      `    sustained = no errors, nothing dropped, save p95 < ${SUSTAINED.autosaveP95Ms} ms, dashboard p95 < ${SUSTAINED.dashboardP95Ms} ms, for ≥ 400 users)`,
      `CPU per request, one at a time (server + PostgreSQL): open ${cost.open.serverMs} + ${cost.open.postgresMs} ms, save ${cost.save.serverMs} + ${cost.save.postgresMs} ms, dashboard ${cost.view.serverMs} + ${cost.view.postgresMs} ms`,
      `   so each user needs about ${round1(coresPerUser * 1000)} ms of CPU a second: the machine's ${availableParallelism()} cores are all busy at about ${Math.round(availableParallelism() / coresPerUser)} users, before the load generator's share`,
      stepTable(steps),
      "   (over each measured window: cores app = the server, PostgreSQL and this load generator; cores others = everything else on the machine;",
      "    cpu / io wait % = share of the time some task on the machine waited for a CPU / for the disk, from /proc/pressure)",
      ...steps.filter((step) => step.errors > 0).map((step) => `errors at ${step.users} users: ${JSON.stringify(step.errorsByKind)}`),
      ...(client.errorKinds.has(-1) ? [`errors while warming up (not counted): ${JSON.stringify(Object.fromEntries(client.errorKinds.get(-1)!))}`] : []),
      `load generator's event-loop delay (included in the latencies): p99 ${lagMs.p99} ms, max ${lagMs.max} ms`,
      ...(lastStep < options.users.length - 1 ? [`stopped after ${options.users[lastStep]} users: their saves were far over budget (over 1 in 20 failed or took more than ${5 * SUSTAINED.autosaveP95Ms} ms)`] : []),
      `largest sustained step: ${usersMax || "none"} users`,
      `saves verified in the database (every answer's version, one audit row per save): ${check.verified ? "yes" : "NO"} (${client.saved()} saves seen saved` +
        (check.unanswered ? `; ${check.unanswered} never answered, of which ${check.writtenUnseen} were written)` : ")"),
    ],
    figures: {
      load_users_at_first_step: first.users,
      load_errors: first.errors,
      load_autosave_p50_ms: first.saves.p50,
      load_autosave_p95_ms: first.saves.p95,
      load_autosave_p99_ms: first.saves.p99,
      load_dashboard_p50_ms: first.views.p50,
      load_dashboard_p95_ms: first.views.p95,
      load_dashboard_p99_ms: first.views.p99,
      load_users_max: usersMax,
      load_errors_all_steps: steps.reduce((sum, step) => sum + step.errors, 0),
      load_saves_verified: check.verified,
      load_saves_unanswered: check.unanswered,
      load_saves_unanswered_written: check.writtenUnseen,
      load_saves_total: client.saved(),
      load_cpu_ms_per_request: cost,
      load_generator_loop_delay_ms: lagMs,
      load_users_saturating_cpu: Math.round(availableParallelism() / coresPerUser),
      load_step_seconds: options.stepSeconds,
      load_ramp_seconds: options.rampSeconds,
      load_steps: steps,
    },
  };
}
