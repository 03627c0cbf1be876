// Faults during a session, on a stack of the test's own (its own PostgreSQL and server, which the
// tests stop and start): the browser's autosave queue keeps every answer and sends each exactly
// once when the database or the server is back; sessions survive a server restart.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { STACK_PASSWORD, startAppStack, type TAppStack } from "./support/app-stack";

let stack: TAppStack;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startAppStack({ servers: 1 });
});
test.afterAll(async () => {
  await stack?.close();
});

/** The answer keys waiting in this browser's autosave queue (localStorage). */
function queuedKeys(page: Page): Promise<string[]> {
  return page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? "{}")).sort(), `mamori:autosave:${stack.fixture.assessmentId}`);
}

async function openDomain(page: Page, domain: string) {
  const { organizationId, assessmentId, users } = stack.fixture;
  await signIn(page, users[0]!.email, STACK_PASSWORD);
  await page.goto(`/en/orgs/${organizationId}/assessments/${assessmentId}/domains/${domain}`);
  const questions = page.locator("[data-question]");
  const keys = await questions.evaluateAll((sections) => sections.map((section) => section.getAttribute("data-question")!));
  return { questions, keys };
}

/** Every stored answer of the domain's questions, and the number of audited saves of each. */
async function storedAnswers(keys: string[]) {
  const { assessmentId } = stack.fixture;
  const answers = await stack.prisma.answer.findMany({ where: { assessmentId, questionKey: { in: keys } }, select: { questionKey: true, level: true, version: true } });
  const audits = await stack.prisma.auditLog.groupBy({ by: ["targetId"], where: { action: "answer.save", targetId: { in: keys.map((key) => `${assessmentId}:${key}`) } }, _count: true });
  return {
    answers: Object.fromEntries(answers.map((answer) => [answer.questionKey, { level: answer.level, version: answer.version }])),
    saves: Object.fromEntries(audits.map((audit) => [audit.targetId!.split(":")[1]!, audit._count])),
  };
}

test("[FAULTS] the database stops while a save is in flight: the route answers 503 without detail, the browser keeps every answer and retries, and each is saved exactly once when the database is back", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ baseURL: stack.servers[0]!.url, locale: "en-US" });
  const page = await context.newPage();
  const { questions, keys } = await openDomain(page, "governance");
  const state = (index: number) => questions.nth(index).locator("[data-save-state]");

  await questions.nth(0).getByRole("radio").nth(2).check();
  await expect(state(0)).toHaveAttribute("data-save-state", "saved");

  // The next save leaves the browser; the database stops before it reaches the server.
  await page.route("**/answers", async (route) => {
    await stack.database.halt();
    await route.continue();
  }, { times: 1 });
  await questions.nth(1).getByRole("radio").nth(1).check();
  await expect(state(1)).toHaveAttribute("data-save-state", "offline");
  // More edits while it is down: a new answer, and a change to the one already saved.
  await questions.nth(2).getByRole("radio").nth(3).check();
  await questions.nth(0).getByRole("radio").nth(4).check();
  await expect(state(2)).toHaveAttribute("data-save-state", "offline");
  expect(await queuedKeys(page)).toEqual([keys[0]!, keys[1]!, keys[2]!].sort());

  const { organizationId, assessmentId } = stack.fixture;
  const refused = await page.request.post(`/api/orgs/${organizationId}/assessments/${assessmentId}/answers`, { data: { questionKey: keys[3], baseVersion: 0, answer: { level: 1, notApplicable: false } }, failOnStatusCode: false });
  expect(refused.status()).toBe(503);
  expect(refused.headers()["retry-after"]).toBeTruthy();
  expect(await refused.text()).toBe(JSON.stringify({ error: "unavailable" }));

  await stack.database.resume();
  for (const index of [0, 1, 2]) await expect(state(index)).toHaveAttribute("data-save-state", "saved", { timeout: 20_000 });
  expect(await queuedKeys(page)).toEqual([]);

  // Nothing lost, nothing written twice: the last answer of each, one version and one audit row per save.
  expect(await storedAnswers(keys)).toEqual({
    answers: { [keys[0]!]: { level: 4, version: 2 }, [keys[1]!]: { level: 1, version: 1 }, [keys[2]!]: { level: 3, version: 1 } },
    saves: { [keys[0]!]: 2, [keys[1]!]: 1, [keys[2]!]: 1 },
  });
  await page.reload();
  await expect(questions.nth(0).getByRole("radio").nth(4)).toBeChecked();
  await expect(questions.nth(2).getByRole("radio").nth(3)).toBeChecked();
  // The server rode it out: no crash, no uncaught error from a connection the database cut.
  expect(stack.servers[0]!.crashed()).toBe(false);
  expect(stack.servers[0]!.errors()).not.toContain("uncaughtException");
  await context.close();
});

test("[FAULTS] a server restart in the middle of a session signs nobody out, and answers queued while it was down are saved once it is back", async ({ browser }) => {
  test.setTimeout(90_000);
  const server = stack.servers[0]!;
  const context = await browser.newContext({ baseURL: server.url, locale: "en-US" });
  const page = await context.newPage();
  const { questions, keys } = await openDomain(page, "personnel-clearance");
  const state = (index: number) => questions.nth(index).locator("[data-save-state]");
  await questions.nth(0).getByRole("radio").nth(1).check();
  await expect(state(0)).toHaveAttribute("data-save-state", "saved");

  await server.stop();
  await questions.nth(1).getByRole("radio").nth(2).check();
  await questions.nth(0).getByRole("radio").nth(3).check();
  await expect(state(1)).toHaveAttribute("data-save-state", "offline");
  expect(await queuedKeys(page)).toEqual([keys[0]!, keys[1]!].sort());

  await server.start();
  for (const index of [0, 1]) await expect(state(index)).toHaveAttribute("data-save-state", "saved", { timeout: 20_000 });
  expect(await queuedKeys(page)).toEqual([]);
  expect(await storedAnswers(keys)).toEqual({
    answers: { [keys[0]!]: { level: 3, version: 2 }, [keys[1]!]: { level: 2, version: 1 } },
    saves: { [keys[0]!]: 2, [keys[1]!]: 1 },
  });

  // Still signed in: the session is a token the restarted server reads with the same secret.
  await page.reload();
  await expect(page).toHaveURL(/\/domains\/personnel-clearance$/);
  await expect(questions.nth(1).getByRole("radio").nth(2)).toBeChecked();
  await context.close();
});
