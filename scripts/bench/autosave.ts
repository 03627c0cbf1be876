// Autosave as the browser does it: each signed-in user saves answers to their own questions
// through the answers route, with the version it last saw. A save counts only when the response
// says it was saved; afterwards the database must hold exactly the saves the clients saw.
import type http from "node:http";
import type { PrismaClient } from "../../generated/prisma/client";
import { countError, httpRequest, type TErrorKinds } from "./http-request";

type TAutosaveTarget = { baseUrl: string; agent: http.Agent; cookies: string[]; organizationId: string; assessmentId: string; questionKeys: string[] };

export function autosaveClient({ baseUrl, agent, cookies, organizationId, assessmentId, questionKeys }: TAutosaveTarget) {
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
export async function autosavesVerified(prisma: PrismaClient, assessmentId: string, saved: number): Promise<boolean> {
  const [answerVersions, auditRows] = await Promise.all([
    prisma.answer.aggregate({ where: { assessmentId }, _sum: { version: true } }),
    prisma.auditLog.count({ where: { action: "answer.save", targetId: { startsWith: `${assessmentId}:` } } }),
  ]);
  return answerVersions._sum.version === saved && auditRows === saved;
}
