// Sessions end when they should: sign-in through next-auth's own handler, then the token is
// checked the way every page, action and route handler checks it (sessionUserFromToken).
import { describe, expect, it, vi } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/authz/authorize";
import { loadedAccessOf } from "@/lib/authz/user-access";
import { createOrganization } from "@/lib/organizations/create-organization";
import { env } from "@/lib/env";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { NextAuthDriver } from "@/tests/next-auth-driver";
import { uniqueEmail } from "@/tests/fixtures";
import { buildAuthOptions } from "./options";
import { hashPassword } from "./password";
import { nowInSeconds, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-policy";
import { sessionUserFromToken } from "./session-user";

const PASSWORD = "violet tram ledger sunrise";
const SESSION_COOKIE = "next-auth.session-token"; // tests run over http; see options.test.ts for https

async function signedInBrowser() {
  const email = uniqueEmail("session");
  const user = await db.user.create({ data: { email, name: "Session test", passwordHash: await hashPassword(PASSWORD) }, select: { id: true, email: true, name: true } });
  const browser = new NextAuthDriver(buildAuthOptions());
  await browser.signIn(email, PASSWORD);
  return { user, browser };
}

async function tokenOf(browser: NextAuthDriver): Promise<JWT | null> {
  const value = browser.cookie(SESSION_COOKIE);
  return value ? decode({ token: value, secret: env().NEXTAUTH_SECRET }) : null;
}

describe("[AUTH] sessions", () => {
  it("signs in with an HttpOnly, SameSite=Lax cookie whose token expires after 30 idle minutes", async () => {
    const { user, browser } = await signedInBrowser();
    const header = browser.setCookieHeader(SESSION_COOKIE);
    expect(header).toMatch(/; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const token = await tokenOf(browser);
    expect(token).toMatchObject({ sub: user.id, sessionVersion: 0 });
    const secondsLeft = Number(token!.exp) - nowInSeconds();
    expect(secondsLeft).toBeLessThanOrEqual(SESSION_IDLE_SECONDS);
    expect(secondsLeft).toBeGreaterThan(SESSION_IDLE_SECONDS - 60);
    expect(await sessionUserFromToken(token)).toEqual(user);
  });

  it("refuses a token issued before the user signed out of all devices, and will not renew it", async () => {
    const { user, browser } = await signedInBrowser();
    const before = await tokenOf(browser);
    await signOutEverywhere(user.id);
    expect(await sessionUserFromToken(before)).toBeNull();
    const renewal = await browser.renewSession();
    expect(renewal.body).toEqual({});
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
    // Signing in again works, with the new version.
    await browser.signIn(user.email, PASSWORD);
    expect(await sessionUserFromToken(await tokenOf(browser))).toEqual(user);
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "user.signOutEverywhere", actorId: user.id, organizationId: null } })).toBe(1);
  });

  it("renews an active session's idle deadline, but never past 12 hours from sign-in", async () => {
    const { user, browser } = await signedInBrowser();
    const first = await tokenOf(browser);
    const renewal = await browser.renewSession();
    expect(renewal.body).toMatchObject({ user: { id: user.id } });
    const renewed = await tokenOf(browser);
    expect(renewed).toMatchObject({ sub: user.id, signedInAt: first!.signedInAt, sessionVersion: 0 });

    // The same session 12 hours after sign-in, renewed moments ago: refused, and not renewed again.
    const secret = env().NEXTAUTH_SECRET;
    const old = { ...renewed!, signedInAt: nowInSeconds() - SESSION_ABSOLUTE_SECONDS - 1 };
    const oldValue = await encode({ token: old, secret, maxAge: SESSION_IDLE_SECONDS });
    expect(await sessionUserFromToken(await decode({ token: oldValue, secret }))).toBeNull();
    browser.jar.set(SESSION_COOKIE, oldValue);
    expect((await browser.renewSession()).body).toEqual({});
    expect(browser.cookie(SESSION_COOKIE)).toBeUndefined();
  });

  it("refuses a token past its idle deadline", async () => {
    const { browser } = await signedInBrowser();
    const token = await tokenOf(browser);
    expect(await sessionUserFromToken(token, Number(token!.exp))).toBeNull();
    // next-auth's own decoding refuses it as well, so no page ever sees it.
    const expired = await encode({ token: { ...token!, exp: undefined }, secret: env().NEXTAUTH_SECRET, maxAge: -60 });
    await expect(decode({ token: expired, secret: env().NEXTAUTH_SECRET })).rejects.toThrow(/exp/);
  });

  it("audits sign-ins, successful or not, without the password, and locks after five failures", async () => {
    const { user, browser } = await signedInBrowser();
    for (let attempt = 0; attempt < 5; attempt++) await browser.signIn(user.email, `wrong password ${attempt}`);
    const rows = await db.auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, organizationId: true, changes: true } });
    expect(rows.map((row) => row.action)).toEqual(["user.signIn", ...Array(5).fill("user.signInFailed")]);
    expect(rows[0]).toEqual({ action: "user.signIn", actorId: user.id, organizationId: null, changes: { address: "192.0.2.10" } });
    expect(rows[1]).toEqual({ action: "user.signInFailed", actorId: null, organizationId: null, changes: { address: "192.0.2.10" } });
    expect(rows[5]!.changes).toEqual({ address: "192.0.2.10", locked: true });
    expect(JSON.stringify(rows)).not.toContain("wrong password");
    // Further attempts while locked are refused without adding rows.
    await browser.signIn(user.email, PASSWORD);
    expect(await db.auditLog.count({ where: { targetId: user.id } })).toBe(6);
  });

  it("checks the session and authorizes the request with one query between them", async () => {
    const { user, browser } = await signedInBrowser();
    const { id: organizationId } = await createOrganization(user.id, { name: "One query", kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "UNDER_100" });
    const queries = vi.spyOn(db, "$queryRaw");
    try {
      const sessionUser = await sessionUserFromToken(await tokenOf(browser));
      const membership = await authorize({ userId: sessionUser!.id, organizationId, permission: "assessment.create", access: loadedAccessOf(sessionUser!) });
      expect(membership).toMatchObject({ organizationId, role: "OWNER" });
      expect(queries).toHaveBeenCalledTimes(1);
    } finally {
      queries.mockRestore();
    }
  });
});
