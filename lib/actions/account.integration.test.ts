// The account's own server actions, called as the signed-in user: sign-up and password change
// under the password rules, sign-out everywhere.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { uniqueEmail } from "@/tests/fixtures";
import { changePasswordAction, signOutEverywhereAction } from "./account";
import { signUpAction } from "./auth";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));

const CURRENT = "violet tram ledger sunrise";

async function signedInUser(): Promise<TSessionUser> {
  const user = await db.user.create({ data: { email: uniqueEmail("account"), name: "Account test", passwordHash: await hashPassword(CURRENT) }, select: { id: true, email: true, name: true } });
  vi.mocked(getSessionUser).mockResolvedValue(user);
  return user;
}

const stored = (id: string) => db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, sessionVersion: true } });

describe("[AUTH] sign-up under the password rules", () => {
  it("refuses a breached password on the password field and creates no account", async () => {
    const email = uniqueEmail("breached");
    const result = await signUpAction({ name: "New person", email, password: "qwerty123456" });
    expect(result.validationErrors).toEqual({ password: { _errors: ["validation.passwordCommon"] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a password built on the email address, and a short one", async () => {
    const result = await signUpAction({ name: "New person", email: "tanaka.ichiro@example.jp", password: "tanaka.ichiro-2026" });
    expect(result.validationErrors).toMatchObject({ password: { _errors: ["validation.passwordMentionsAccount"] } });
    expect((await signUpAction({ name: "New person", email: uniqueEmail("short"), password: "0123456789" })).validationErrors).toMatchObject({ password: { _errors: ["validation.passwordTooShort"] } });
  });

  it("creates the account with a long Japanese passphrase, which then verifies in full", async () => {
    const email = uniqueEmail("passphrase");
    const passphrase = "経済安全保障の自己評価は毎年見直して役員会へ報告する予定です";
    expect((await signUpAction({ name: "新しい利用者", email, password: passphrase })).data).toEqual({ email });
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(passphrase, passwordHash)).toBe(true);
    expect(await verifyPassword(passphrase.slice(0, 24), passwordHash)).toBe(false);
  });
});

describe("[AUTH] password change and sign-out everywhere", () => {
  beforeEach(() => vi.mocked(getSessionUser).mockReset());

  it("changes the password given the current one, ends every session, and audits it", async () => {
    const user = await signedInUser();
    const result = await changePasswordAction({ currentPassword: CURRENT, newPassword: "amber kettle orbit harbour" });
    expect(result.data).toEqual({ email: user.email });
    const after = await stored(user.id);
    expect(await verifyPassword("amber kettle orbit harbour", after.passwordHash)).toBe(true);
    expect(await verifyPassword(CURRENT, after.passwordHash)).toBe(false);
    expect(after.sessionVersion).toBe(1);
    expect(await db.auditLog.findFirst({ where: { targetId: user.id, action: "user.changePassword" }, select: { actorId: true, organizationId: true, changes: true } })).toEqual({ actorId: user.id, organizationId: null, changes: null });
  });

  it("refuses a wrong current password, or a new one that breaks the rules, and changes nothing", async () => {
    const user = await signedInUser();
    const before = await stored(user.id);
    expect((await changePasswordAction({ currentPassword: "not the password", newPassword: "amber kettle orbit harbour" })).serverError).toBe("wrongPassword");
    expect((await changePasswordAction({ currentPassword: CURRENT, newPassword: "1q2w3e4r5t6y" })).validationErrors).toEqual({ newPassword: { _errors: ["validation.passwordCommon"] } });
    const localPart = user.email.split("@")[0]!;
    expect((await changePasswordAction({ currentPassword: CURRENT, newPassword: `${localPart} forever` })).validationErrors).toEqual({ newPassword: { _errors: ["validation.passwordMentionsAccount"] } });
    expect(await stored(user.id)).toEqual(before);
  });

  it("signs out of all devices by raising the session version, audited", async () => {
    const user = await signedInUser();
    expect((await signOutEverywhereAction()).data).toEqual({ signedOut: true });
    expect((await stored(user.id)).sessionVersion).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: user.id, action: "user.signOutEverywhere" } })).toBe(1);
  });

  it("refuses both to a signed-out caller", async () => {
    vi.mocked(getSessionUser).mockResolvedValue(null);
    expect((await signOutEverywhereAction()).serverError).toBe("signedOut");
    expect((await changePasswordAction({ currentPassword: CURRENT, newPassword: "amber kettle orbit harbour" })).serverError).toBe("signedOut");
  });
});
