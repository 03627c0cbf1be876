// What a security reviewer checks in a browser: the headers on every page, that the strict
// script policy leaves the app working (no violation reported on the pages with forms and
// charts), and that state changes from another site are refused: server actions by Next's
// origin check, sign-in by next-auth's CSRF token.
import { expect, test, type Page } from "@playwright/test";
import { E2E_SCORED_TITLE } from "../prisma/seed/e2e-fixtures";
import { DEMO_COMPANY_ID, DEMO_PASSWORD, signIn } from "./helpers";

async function collectPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  // Chromium's own issue list (what DevTools and Lighthouse show) also has the violations that
  // code caught itself, such as a library probing whether eval is allowed.
  const devtools = await page.context().newCDPSession(page);
  devtools.on("Audits.issueAdded", ({ issue }) => {
    if (issue.code === "ContentSecurityPolicyIssue") violations.push(`DevTools issue: ${JSON.stringify(issue.details.contentSecurityPolicyIssueDetails)}`);
  });
  await devtools.send("Audits.enable");
  return violations;
}

test("[SECURITY] pages carry strict headers, every script has the response's nonce, and nothing is blocked", async ({ page }) => {
  const violations = await collectPolicyViolations(page);
  const response = await page.goto("/en/sign-in");
  // The form's first validation is where zod would probe for eval.
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const headers = response!.headers();
  const policy = headers["content-security-policy"]!;
  const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The browser hides nonce attributes from the DOM API; the property keeps them.
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  await signIn(page, "assessor@hikari.example.jp");
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}/assessments`);
  await page.getByRole("link", { name: E2E_SCORED_TITLE }).click();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByTestId("overall-score")).toHaveText("79");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await page.getByRole("link", { name: "Answers" }).click();
  await expect(page).toHaveURL(/assessments\/\w+$/);
  await page.getByRole("link", { name: /Governance/ }).first().click();
  await expect(page).toHaveURL(/domains\/governance$/);
  await expect(page.getByRole("group", { name: "Level for question 1.1", exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("[SECURITY] a server action replayed from another site is refused and changes nothing", async ({ page }) => {
  // The name carries markup that would run if anything rendered it unescaped.
  const name = `CSRF check <img src=x onerror=window.__xss=1> ${Date.now()}`;
  await signIn(page, "owner@hikari.example.jp");
  await page.goto("/en/orgs/new");
  await page.getByLabel("Organization name").fill(name);
  await page.getByLabel("Sector").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.getByRole("link", { name: "Settings" }).click();

  // The request the browser sends for "Save changes", to replay it as another site would.
  const renamed = `${name} (renamed)`;
  await page.getByLabel("Organization name").fill(renamed);
  const [action] = await Promise.all([page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])), page.getByRole("button", { name: "Save changes" }).click()]);
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  const replay = (origin: string, newName: string) =>
    page.request.post(action.url(), {
      headers: { ...action.headers(), origin },
      data: action.postData()!.replaceAll(renamed, newName),
      maxRedirects: 0,
      failOnStatusCode: false,
    });

  const forged = await replay("https://attacker.example", `${name} (hijacked)`);
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await forged.text()).not.toMatch(/at \w+ \(|node_modules|prisma/i);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  // The same replay from the app's own origin goes through: the refusal above is the origin check.
  const genuine = await replay(new URL(action.url()).origin, `${name} (replayed)`);
  expect(genuine.status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `${name} (replayed)` })).toBeVisible();
});

test("[SECURITY] a sign-in posted without next-auth's CSRF token is refused", async ({ page, request }) => {
  const forged = await request.post("/api/auth/callback/credentials", {
    form: { email: "owner@hikari.example.jp", password: DEMO_PASSWORD, json: "true" },
    headers: { origin: "https://attacker.example" },
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const cookies = forged.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value);
  expect(cookies.some((cookie) => cookie.includes("session-token"))).toBe(false);
  const location = forged.headers()["location"] ?? (await forged.text());
  expect(location).toContain("csrf=true");
  // The sign-in cookies a genuine flow sets are HttpOnly and SameSite=Lax.
  await page.goto("/en/sign-in");
  await signIn(page, "owner@hikari.example.jp");
  const session = (await page.context().cookies()).find((cookie) => cookie.name.includes("session-token"))!;
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe("Lax");
});

test("[SECURITY] API responses carry a request id (a plausible one from the proxy is kept, anything else replaced) and the security headers, but no page policy", async ({ request }) => {
  const fresh = await request.get("/api/ready");
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(fresh.headers()["x-content-type-options"]).toBe("nosniff");
  expect(fresh.headers()["content-security-policy"]).toBeUndefined();
  const kept = await request.get("/api/health", { headers: { "X-Request-Id": "req-0123456789abcdef" } });
  expect(kept.headers()["x-request-id"]).toBe("req-0123456789abcdef");
  const hostile = await request.get("/api/health", { headers: { "X-Request-Id": "<script>alert(1)</script>" } });
  expect(hostile.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // A page keeps the id the server gave its request, as its logs do.
  const page = await request.get("/en/sign-in", { headers: { "X-Request-Id": "req-page-0123456789" } });
  expect(page.headers()["x-request-id"]).toBe("req-page-0123456789");
  expect(page.headers()["content-security-policy"]).toContain("'nonce-");
});
