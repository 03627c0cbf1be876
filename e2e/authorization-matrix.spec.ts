// Runs the authorization matrix (tests/authorization-matrix.ts) over HTTP: every page and every
// route handler, as a member in each role, a user of another organization and a signed-out
// visitor. Pages: allowed → the page; refused for the role → "Your role does not allow this.";
// another organization → 404; signed out → the sign-in page. Route handlers: allowed → past
// authorization (2xx or a refusal of the request itself); otherwise 403, 404 or 401.
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { expectedFor, PAGES, ROUTES, SUBJECTS, type TExpected, type TSubject } from "../tests/authorization-matrix";
import { DEMO_COMPANY_ID, signIn, startAssessment } from "./helpers";

const EMAILS: Record<Exclude<TSubject, "signedOut">, string> = {
  OWNER: "owner@hikari.example.jp",
  ASSESSOR: "assessor@hikari.example.jp",
  CONTRIBUTOR: "contributor@hikari.example.jp",
  VIEWER: "viewer@hikari.example.jp",
  nonMember: "owner@toto-tech.example.jp",
};
const FORBIDDEN_TEXT = "Your role does not allow this.";

type TFixture = { assessmentId: string; evidenceId: string };

/** Real values for a path's parameters: the demo company, a fresh assessment whose governance domain the contributor answers. */
function fill(pattern: string, { assessmentId, evidenceId }: TFixture): string {
  return pattern
    .replace("[orgId]", DEMO_COMPANY_ID)
    .replace("[assessmentId]", assessmentId)
    .replace("[domain]", "governance")
    .replace("[key]", "corporate")
    .replace("[token]", "A".repeat(43))
    .replace("[evidenceId]", evidenceId)
    .replace("[...rest]", "no-such-page")
    .replace("[...nextauth]", "session");
}

async function pageOutcome(request: APIRequestContext, path: string): Promise<TExpected> {
  const response = await request.get(`/en${path === "/" ? "" : path}`, { maxRedirects: 0, failOnStatusCode: false });
  const location = response.headers()["location"] ?? "";
  if (response.status() >= 300 && response.status() < 400) return /\/sign-in(\?|$)/.test(location) ? "signedOut" : "allowed";
  if (response.status() === 404) return path === "/no-such-page" ? "allowed" : "notFound";
  expect(response.status(), path).toBe(200);
  // As rendered text, not the same words in the messages shipped to the browser.
  return (await response.text()).includes(`>${FORBIDDEN_TEXT}<`) ? "forbidden" : "allowed";
}

const BODIES: Partial<Record<keyof typeof ROUTES, (request: APIRequestContext, url: string) => ReturnType<APIRequestContext["post"]>>> = {
  "POST /api/orgs/[orgId]/assessments/[assessmentId]/answers": (request, url) =>
    request.post(url, { data: { questionKey: "gov.integrated-function", baseVersion: 0, answer: { level: 2, notApplicable: false } }, failOnStatusCode: false }),
  "POST /api/orgs/[orgId]/assessments/[assessmentId]/evidence": (request, url) =>
    request.post(url, { multipart: { kind: "LINK", questionKey: "gov.integrated-function", url: "https://example.jp/policy", name: "Policy" }, failOnStatusCode: false }),
  "POST /api/auth/[...nextauth]": (request, url) => request.post(url.replace("/session", "/signout"), { form: {}, maxRedirects: 0, failOnStatusCode: false }),
};

async function routeOutcome(request: APIRequestContext, route: keyof typeof ROUTES, fixture: TFixture): Promise<TExpected> {
  const [method, pattern] = route.split(" ") as ["GET" | "POST", string];
  let url = fill(pattern, fixture);
  if (url.endsWith("/export")) url += "?format=csv&locale=en";
  const response = method === "GET" ? await request.get(url, { maxRedirects: 0, failOnStatusCode: false }) : await BODIES[route]!(request, url);
  const status = response.status();
  expect(status, `${route}: no server errors`).toBeLessThan(500);
  if (status === 401) return "signedOut";
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  return "allowed";
}

async function signedInRequest(browser: Browser, subject: TSubject) {
  const context = await browser.newContext();
  if (subject !== "signedOut") await signIn(await context.newPage(), EMAILS[subject]);
  return context;
}


let fixture: TFixture;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, EMAILS.ASSESSOR);
  const url = await startAssessment(page, { organizationId: DEMO_COMPANY_ID, title: `Authorization matrix ${Date.now()}` });
  const assessmentId = new URL(url).pathname.split("/").pop()!;
  const assignee = page.getByRole("combobox", { name: /^Who answers 1\./ });
  await assignee.selectOption({ label: "田中 亮" });
  await expect(page.getByRole("row").filter({ has: assignee }).locator('[data-save-state="saved"]')).toBeVisible();
  const upload = await page.request.post(`/api/orgs/${DEMO_COMPANY_ID}/assessments/${assessmentId}/evidence`, {
    multipart: { kind: "FILE", questionKey: "gov.integrated-function", file: { name: "charter.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") } },
  });
  expect(upload.status()).toBe(201);
  fixture = { assessmentId, evidenceId: ((await upload.json()) as { id: string }).id };
  await context.close();
});

for (const subject of SUBJECTS) {
  test(`[AUTHZ] every page and route handler as ${subject}`, async ({ browser }) => {
    const context = await signedInRequest(browser, subject);
    const mismatches: string[] = [];
    for (const [pattern, access] of Object.entries(PAGES)) {
      const expected = expectedFor(access, subject);
      const actual = await pageOutcome(context.request, fill(pattern, fixture));
      if (actual !== expected) mismatches.push(`page ${pattern}: expected ${expected}, got ${actual}`);
    }
    for (const [route, access] of Object.entries(ROUTES) as [keyof typeof ROUTES, (typeof ROUTES)[keyof typeof ROUTES]][]) {
      const expected = expectedFor(access, subject);
      const actual = await routeOutcome(context.request, route, fixture);
      if (actual !== expected) mismatches.push(`route ${route}: expected ${expected}, got ${actual}`);
    }
    expect(mismatches).toEqual([]);
    await context.close();
  });
}
