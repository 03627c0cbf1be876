// Dashboard page views as signed-in members open them in a browser: GET the server-rendered page
// (gzip accepted), open loop at rising rates. A view counts only when the HTML is a whole
// document showing the expected overall score and last time's score and title.
import type http from "node:http";
import { runStep, type TStepResult } from "./open-loop";
import { countError, httpRequest, type THttpResponse, type TErrorKinds } from "./http-request";
import type { TDashboardBench } from "./seed-approved";
import { climbLadder, type TLadder } from "./step-ladder";

type TDashboardTarget = { baseUrl: string; agent: http.Agent; cookies: string[]; dashboard: TDashboardBench };

export function dashboardViewer({ baseUrl, agent, cookies, dashboard }: TDashboardTarget) {
  const url = `${baseUrl}/ja/orgs/${dashboard.organizationId}/assessments/${dashboard.assessmentId}/dashboard`;
  const scoreMarker = `data-testid="overall-score">${dashboard.overallScore}</span>`;
  const previousMarker = `${dashboard.previousScore}（${dashboard.previousTitle}）`;
  const errorKinds: TErrorKinds = new Map();
  let views = 0;
  let bytes = 0;

  function problemWith(response: THttpResponse): string | null {
    if (response.status !== 200) return `status ${response.status}`;
    const html = response.body.toString("utf8");
    if (!html.trimEnd().endsWith("</html>")) return "incomplete document";
    if (!html.includes(scoreMarker)) return "overall score missing or wrong";
    if (!html.includes(previousMarker)) return "last time missing or wrong";
    return null;
  }

  async function view(index: number): Promise<boolean> {
    try {
      const response = await httpRequest(url, { agent, headers: { Cookie: cookies[index % cookies.length]!, Accept: "text/html", "Accept-Encoding": "gzip" }, timeoutMs: 30_000 });
      const problem = problemWith(response);
      if (problem) {
        countError(errorKinds, problem);
        return false;
      }
      views++;
      bytes = response.body.length;
      return true;
    } catch (error) {
      countError(errorKinds, `network ${(error as Error).message}`);
      return false;
    }
  }

  return { view, errorKinds, views: () => views, pageBytes: () => bytes };
}

export async function measureDashboard(target: TDashboardTarget, ladder: TLadder): Promise<{ steps: TStepResult[]; errorKinds: TErrorKinds; views: number; pageBytes: number }> {
  const viewer = dashboardViewer(target);
  // Every server worker renders the page for a while before anything is measured.
  await runStep(20, 6, viewer.view);
  const steps = await climbLadder(ladder, viewer.view);
  return { steps, errorKinds: viewer.errorKinds, views: viewer.views(), pageBytes: viewer.pageBytes() };
}
