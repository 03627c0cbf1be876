// Dashboard page views as signed-in members open them in a browser: GET the server-rendered page
// (gzip accepted), open loop at rising rates. A view counts only when the HTML is a whole
// document showing the expected overall score and last time's score and title.
import type http from "node:http";
import { countError, httpRequest, type THttpResponse, type TErrorKinds } from "./http-request";
import { runStep } from "./open-loop";
import { errorLines, kb, type TSection } from "./report";
import type { TDashboardBench } from "./seed-approved";
import { climbLadder, stepTable, sustainableRate, type TLadder } from "./step-ladder";

type TDashboardTarget = { baseUrl: string; agent: http.Agent; cookies: string[]; dashboard: TDashboardBench };

function dashboardViewer({ baseUrl, agent, cookies, dashboard }: TDashboardTarget) {
  const url = `${baseUrl}/ja/orgs/${dashboard.organizationId}/assessments/${dashboard.assessmentId}/dashboard`;
  const scoreMarker = `data-testid="overall-score">${dashboard.overallScore}</span>`;
  const previousMarker = `${dashboard.previousScore}（${dashboard.previousTitle}）`;
  const errorKinds: TErrorKinds = new Map();
  let views = 0;
  let page = { htmlBytes: 0, wireBytes: 0 };

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
      page = { htmlBytes: response.body.length, wireBytes: response.wireBytes };
      return true;
    } catch (error) {
      countError(errorKinds, `network ${(error as Error).message}`);
      return false;
    }
  }

  return { view, errorKinds, views: () => views, page: () => page };
}

export async function dashboardSection(target: TDashboardTarget, ladder: TLadder): Promise<TSection> {
  const viewer = dashboardViewer(target);
  // Every server worker renders the page for a while before anything is measured.
  await runStep(20, 6, viewer.view);
  const steps = await climbLadder(ladder, viewer.view);
  const at20 = steps.find((step) => step.rate === 20) ?? steps[0]!;
  const { dashboard } = target;
  const page = viewer.page();
  return {
    lines: [
      `\n== dashboard page: open loop, ${target.cookies.length} signed-in members, ${ladder.seconds} s per step (budget p95 < ${ladder.budgetP95Ms} ms; target p95 < 100 ms at 20/s, sustainable ≥ 80/s)`,
      stepTable(steps),
      `views verified (status 200, whole document, overall score ${dashboard.overallScore}, last time ${dashboard.previousScore}): ${viewer.views()}; page ${kb(page.htmlBytes)} KB of HTML, ${kb(page.wireBytes)} KB gzipped`,
      ...errorLines(viewer.errorKinds),
    ],
    figures: {
      dashboard_p50_ms: at20.p50,
      dashboard_p95_ms: at20.p95,
      dashboard_p99_ms: at20.p99,
      dashboard_sustainable_rps: sustainableRate(steps, ladder.budgetP95Ms),
      dashboard_views_verified: viewer.views(),
      dashboard_errors_by_kind: Object.fromEntries(viewer.errorKinds),
      dashboard_page_kb: kb(page.htmlBytes),
      dashboard_page_gzip_kb: kb(page.wireBytes),
      step_seconds: ladder.seconds,
      dashboard_steps: steps,
    },
  };
}
