// Which address the per-address sign-in limit and the audit log see, on the production server:
// a client cannot choose it by sending X-Forwarded-For, and behind a trusted proxy it is the
// address that proxy appended. Two servers on one database: one exposed directly (the default),
// one configured with TRUSTED_PROXY_HOPS=1.
import { expect, request, test } from "@playwright/test";
import { startAppStack, type TAppStack } from "./support/app-stack";

let stack: TAppStack;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await startAppStack({ servers: 2, environments: [{}, { TRUSTED_PROXY_HOPS: "1" }] });
});
test.afterAll(async () => {
  await stack?.close();
});

/** A failed sign-in sent with a forged X-Forwarded-For; returns the address its audit row holds. */
async function auditedAddressOfFailedSignIn(server: 0 | 1): Promise<unknown> {
  const http = await request.newContext({ baseURL: stack.servers[server]!.url });
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const email = stack.fixture.users[0]!.email;
  const response = await http.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "not-the-password-2026", json: "true" },
    headers: { "X-Forwarded-For": "203.0.113.7, 198.51.100.2" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(401);
  await http.dispose();
  const row = await stack.prisma.auditLog.findFirstOrThrow({ where: { action: "user.signInFailed" }, orderBy: { id: "desc" }, select: { changes: true } });
  return (row.changes as { address?: unknown }).address;
}

test("[CLIENT-ADDRESS] a client cannot choose the address its sign-ins are limited and audited under", async () => {
  // Exposed directly: the connection's own address (loopback here), not either forged entry.
  expect(await auditedAddressOfFailedSignIn(0)).toMatch(/^(127\.0\.0\.1|::1)$/);
  // Behind one trusted proxy: the entry the proxy appended, not the one the client sent first.
  expect(await auditedAddressOfFailedSignIn(1)).toBe("198.51.100.2");
});

test("[CLIENT-ADDRESS] the server refuses to start with a TRUSTED_PROXY_HOPS that is not a small whole number", async () => {
  const server = stack.servers[0]!;
  await server.stop();
  await expect(server.start({ TRUSTED_PROXY_HOPS: "all" })).rejects.toThrow(/exited while starting/);
  expect(server.errors()).toContain("TRUSTED_PROXY_HOPS");
  await server.start();
});
