// What each simulated user sends, as their browser would, and how each response is verified:
// opening their domain (the page must list every question they answer), saving an answer through
// the autosave route with the version they last saw (saved, and exactly one version later), and
// opening the dashboard (a whole page showing the overall score).
import http from "node:http";
import { countError, httpRequest, type THttpResponse, type TErrorKinds } from "./http-request";
import { answerKey, type TLoadData } from "./load-data";
import type { TLoadEvent } from "./load-plan";
import type { TOutcome } from "./open-loop";

const TIMEOUT_MS = 30_000;

export function loadClient({ baseUrl, cookies, data }: { baseUrl: string; cookies: string[]; data: TLoadData }) {
  // One keep-alive agent per user, as each browser keeps its own connections. Idle sockets close
  // before the server's 5 s keep-alive timeout, so no request goes out on a socket being closed.
  const agents = data.users.map(() => new http.Agent({ keepAlive: true, maxSockets: 6, timeout: 4000 }));
  const versions = new Map(data.initialVersions);
  const nextQuestion = data.users.map(() => 0);
  const inFlight = new Set<string>();
  /** Errors by kind, for each step. */
  const errorKinds = new Map<number, TErrorKinds>();
  let saved = 0;
  /** Saves whose outcome the user never learned (timed out, connection cut): they may have been written. */
  const unanswered = new Map<string, number>();

  const fail = (event: TLoadEvent, kind: string): false => {
    if (!errorKinds.has(event.step)) errorKinds.set(event.step, new Map());
    countError(errorKinds.get(event.step)!, kind);
    return false;
  };

  function pageProblem(response: THttpResponse, markers: string[]): string | null {
    if (response.status !== 200) return `status ${response.status}`;
    const html = response.body.toString("utf8");
    if (!html.trimEnd().endsWith("</html>")) return "incomplete document";
    return markers.every((marker) => html.includes(marker)) ? null : "expected content missing";
  }

  async function getPage(event: TLoadEvent, url: string, markers: string[]): Promise<boolean> {
    const { kind, user } = event;
    try {
      const response = await httpRequest(url, { agent: agents[user]!, headers: { Cookie: cookies[user]!, Accept: "text/html", "Accept-Encoding": "gzip" }, timeoutMs: TIMEOUT_MS });
      const problem = pageProblem(response, markers);
      return problem ? fail(event, `${kind}: ${problem}`) : true;
    } catch (error) {
      return fail(event, `${kind}: network ${(error as Error).message}`);
    }
  }

  async function save(event: TLoadEvent): Promise<TOutcome> {
    const { user } = event;
    const { organizationId, assessmentId, questions } = data.users[user]!;
    const cursor = nextQuestion[user]!;
    nextQuestion[user] = cursor + 1;
    const question = questions[cursor % questions.length]!;
    const key = answerKey(assessmentId, question.key);
    // A browser does not send the same answer again before its last save came back.
    if (inFlight.has(key)) return "dropped";
    inFlight.add(key);
    const baseVersion = versions.get(key) ?? 0;
    const body = JSON.stringify({ questionKey: question.key, baseVersion, answer: { level: Math.floor(Math.random() * (question.maxLevel + 1)), notApplicable: false } });
    try {
      const response = await httpRequest(`${baseUrl}/api/orgs/${organizationId}/assessments/${assessmentId}/answers`, {
        agent: agents[user]!,
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), "Accept-Encoding": "gzip", Cookie: cookies[user]! },
        body,
        timeoutMs: TIMEOUT_MS,
      });
      let result: { status?: string; version?: number; error?: string };
      try {
        result = JSON.parse(response.body.toString("utf8")) as typeof result;
      } catch {
        return fail(event, `save: ${response.status} unparsable`);
      }
      if (response.status !== 200 || result.status !== "saved") return fail(event, `save: ${response.status} ${result.status ?? result.error ?? ""}`);
      if (result.version !== baseVersion + 1) return fail(event, "save: unexpected version");
      versions.set(key, result.version);
      saved++;
      return true;
    } catch (error) {
      unanswered.set(key, (unanswered.get(key) ?? 0) + 1);
      return fail(event, `save: network ${(error as Error).message}`);
    } finally {
      inFlight.delete(key);
    }
  }

  function send(event: TLoadEvent): Promise<TOutcome> {
    const { organizationId, assessmentId, domain, questions } = data.users[event.user]!;
    const assessmentUrl = `${baseUrl}/ja/orgs/${organizationId}/assessments/${assessmentId}`;
    if (event.kind === "save") return save(event);
    if (event.kind === "open") return getPage(event, `${assessmentUrl}/domains/${domain}`, questions.map((question) => `data-question="${question.key}"`));
    return getPage(event, `${assessmentUrl}/dashboard`, ['data-testid="overall-score"']);
  }

  return { send, errorKinds, saved: () => saved, versions, unanswered, close: () => agents.forEach((agent) => agent.destroy()) };
}
