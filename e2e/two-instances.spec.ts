// Two app instances (two production servers on different ports) on one database, as behind a
// load balancer without sticky sessions: a session from one is good on the other, a sign-in
// lockout earned on one holds on the other, and a stale save on one is refused with the answer
// saved on the other. Over HTTP, as the browser speaks to them.
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import bcrypt from "bcryptjs";
import { STACK_PASSWORD, startAppStack, type TAppStack } from "./support/app-stack";

let stack: TAppStack;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startAppStack({ servers: 2 });
});
test.afterAll(async () => {
  await stack?.close();
});

/** Signs in through next-auth's own endpoints; true when a session cookie came back. */
async function signIn(http: APIRequestContext, email: string, password: string): Promise<boolean> {
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await http.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  const { cookies } = await http.storageState();
  return cookies.some((cookie) => cookie.name === "next-auth.session-token");
}

const instance = (index: 0 | 1) => request.newContext({ baseURL: stack.servers[index]!.url });

test("[INSTANCES] a session from one instance is good on the other, and a save based on a stale version is refused on either with the answer saved on the other", async () => {
  const { organizationId, assessmentId, users } = stack.fixture;
  const [assessor, owner] = users;
  const onA = await instance(0);
  const onB = await instance(1);
  expect(await signIn(onA, assessor!.email, STACK_PASSWORD)).toBe(true);
  expect(await signIn(onB, owner!.email, STACK_PASSWORD)).toBe(true);
  // The session cookie is a token either instance reads with the shared secret.
  const session = await onA.get(`${stack.servers[1]!.url}/api/auth/session`);
  expect(await session.json()).toMatchObject({ user: { email: assessor!.email } });

  const answers = `/api/orgs/${organizationId}/assessments/${assessmentId}/answers`;
  const save = (http: APIRequestContext, baseVersion: number, level: number) => http.post(answers, { data: { questionKey: "gov.policy", baseVersion, answer: { level, notApplicable: false } }, failOnStatusCode: false });

  // Both opened the question before either saved (version 0). The assessor saves on A first.
  const first = await save(onA, 0, 2);
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ status: "saved", version: 1 });
  const stale = await save(onB, 0, 3);
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ status: "conflict", current: { level: 2, version: 1, updatedBy: assessor!.name } });

  // The owner keeps their answer from the version they were shown; now A is the stale one.
  expect(await (await save(onB, 1, 3)).json()).toEqual({ status: "saved", version: 2 });
  const staleOnA = await save(onA, 1, 1);
  expect(staleOnA.status()).toBe(409);
  expect(await staleOnA.json()).toMatchObject({ status: "conflict", current: { level: 3, version: 2, updatedBy: owner!.name } });

  expect(await stack.prisma.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId, questionKey: "gov.policy" } }, select: { level: true, version: true } })).toEqual({ level: 3, version: 2 });
  await Promise.all([onA.dispose(), onB.dispose()]);
});

test("[INSTANCES] five failed sign-ins on one instance lock the account on the other too, even with the right password, and only that account", async () => {
  const email = "lockout@stack.example.jp";
  await stack.prisma.user.create({ data: { email, name: "締め出し 試験", passwordHash: await bcrypt.hash(STACK_PASSWORD, 4) } });
  expect(await signIn(await instance(1), email, STACK_PASSWORD)).toBe(true);

  const onA = await instance(0);
  for (let attempt = 0; attempt < 5; attempt++) expect(await signIn(onA, email, `wrong password ${attempt}`)).toBe(false);

  expect(await signIn(await instance(1), email, STACK_PASSWORD)).toBe(false);
  expect(await signIn(await instance(0), email, STACK_PASSWORD)).toBe(false);
  // Someone else signs in on either instance as usual.
  expect(await signIn(await instance(1), stack.fixture.users[1]!.email, STACK_PASSWORD)).toBe(true);
  expect(await signIn(await instance(0), stack.fixture.users[1]!.email, STACK_PASSWORD)).toBe(true);
});
