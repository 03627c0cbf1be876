// Autosave as the browser does it: each signed-in user saves answers to their own questions
// through the answers route, with the version it last saw. A save counts only when the response
// says it was saved; afterwards the database must hold exactly the saves the clients saw.
import type http from "node:http";
import type { PrismaClient } from "../../generated/prisma/client";
import { countError, httpRequest, type TErrorKinds } from "./http-request";
import { runStep } from "./open-loop";
import { measurePgUpsert } from "./pg-upsert";
import { errorLines, type TSection } from "./report";
import { climbLadder, stepTable, sustainableRate, type TLadder } from "./step-ladder";

type TAutosaveTarget = { baseUrl: string; agent: http.Agent; cookies: string[]; organizationId: string; assessmentId: string; questionKeys: string[] };

function autosaveClient({ baseUrl, agent, cookies, organizationId, assessmentId, questionKeys }: TAutosaveTarget) {
  const users = cookies.length;
  const questionsPerUser = Math.floor(questionKeys.length / users);
  const url = `${baseUrl}/api/orgs/${organizationId}/assessments/${assessmentId}/answers`;
  const versions = new Map<string, number>();
  const inFlight = new Set<string>();
  const errorKinds: TErrorKinds = new Map();
  let saved = 0;

  async function save(index: number): Promise<boolean | "dropped"> {
    const user = index % users;
    const questionKey = questionKeys[user * questionsPerUser + (Math.floor(index / users) % questionsPerUser)]!;
    // A user does not save the same answer again before the last save came back.
    if (inFlight.has(questionKey)) return "dropped";
    inFlight.add(questionKey);
    const body = JSON.stringify({ questionKey, baseVersion: versions.get(questionKey) ?? 0, answer: { level: index % 5, notApplicable: false } });
    try {
      const response = await httpRequest(url, {
        agent,
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), Cookie: cookies[user]! },
        body,
      });
      let result: { status?: string; version?: number; error?: string };
      try {
        result = JSON.parse(response.body.toString("utf8")) as typeof result;
      } catch {
        countError(errorKinds, `${response.status} unparsable`);
        return false;
      }
      if (response.status === 200 && result.status === "saved") {
        versions.set(questionKey, result.version!);
        saved++;
        return true;
      }
      countError(errorKinds, `${response.status} ${result.status ?? result.error ?? ""}`);
      return false;
    } catch (error) {
      countError(errorKinds, `network ${(error as Error).message}`);
      return false;
    } finally {
      inFlight.delete(questionKey);
    }
  }

  return { save, saved: () => saved, errorKinds };
}

/** Every save the clients saw as saved is in the database, with its audit row. */
async function autosavesVerified(prisma: PrismaClient, assessmentId: string, saved: number): Promise<boolean> {
  const [answerVersions, auditRows] = await Promise.all([
    prisma.answer.aggregate({ where: { assessmentId }, _sum: { version: true } }),
    prisma.auditLog.count({ where: { action: "answer.save", targetId: { startsWith: `${assessmentId}:` } } }),
  ]);
  return answerVersions._sum.version === saved && auditRows === saved;
}

/** The autosave steps, then the raw pg upsert as the physical reference. */
export async function autosaveSection({ target, prisma, databaseUrl, ladder }: { target: TAutosaveTarget; prisma: PrismaClient; databaseUrl: string; ladder: TLadder }): Promise<TSection> {
  const autosave = autosaveClient(target);
  // Both server workers compile their hot paths (JIT) before anything is measured.
  await runStep(100, 8, autosave.save);
  const steps = await climbLadder(ladder, autosave.save);
  const verified = await autosavesVerified(prisma, target.assessmentId, autosave.saved());
  const pgUpsert = await measurePgUpsert(databaseUrl);
  const at100 = steps.find((step) => step.rate === 100) ?? steps[0]!;
  return {
    lines: [
      `\n== autosave: open loop, ${target.cookies.length} signed-in users, ${ladder.seconds} s per step (budget p95 < ${ladder.budgetP95Ms} ms)`,
      stepTable(steps),
      `raw pg upsert (pool 20, 50 concurrent): ${pgUpsert.rps}/s, p50 ${pgUpsert.p50} ms, p95 ${pgUpsert.p95} ms`,
      `saves verified in the database (answers and audit rows): ${verified ? "yes" : "NO"} (${autosave.saved()} saves)`,
      ...errorLines(autosave.errorKinds),
    ],
    figures: {
      autosave_p50_ms: at100.p50,
      autosave_p95_ms: at100.p95,
      autosave_sustainable_rps: sustainableRate(steps, ladder.budgetP95Ms),
      autosave_saves_verified: verified,
      autosave_saves_total: autosave.saved(),
      autosave_errors_by_kind: Object.fromEntries(autosave.errorKinds),
      pg_upsert_p50_ms: pgUpsert.p50,
      pg_upsert_p95_ms: pgUpsert.p95,
      pg_upsert_rps: pgUpsert.rps,
      step_seconds: ladder.seconds,
      steps,
    },
  };
}
