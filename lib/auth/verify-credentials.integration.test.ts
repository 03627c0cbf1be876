import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { hashPassword } from "./password";
import { verifyCredentials } from "./verify-credentials";
import { uniqueEmail } from "@/tests/fixtures";

async function userWithPassword(password: string) {
  const email = uniqueEmail("login");
  await db.user.create({ data: { email, name: "Login test", passwordHash: await hashPassword(password) } });
  return email;
}

describe("[AUTH] email and password sign-in", () => {
  it("signs in with the right password, case-insensitively by email, and never stores the password", async () => {
    const email = await userWithPassword("correct horse battery");
    expect(await verifyCredentials({ email: email.toUpperCase(), password: "correct horse battery" }, "10.0.0.1")).toMatchObject({ email });
    const stored = await db.user.findUniqueOrThrow({ where: { email } });
    expect(stored.passwordHash).not.toContain("correct horse battery");
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    const email = await userWithPassword("correct horse battery");
    expect(await verifyCredentials({ email, password: "wrong password!!" }, "10.0.0.2")).toBeNull();
    expect(await verifyCredentials({ email: uniqueEmail("nobody"), password: "whatever password" }, "10.0.0.2")).toBeNull();
    expect(await verifyCredentials({ email: "not an email", password: "x" }, "10.0.0.2")).toBeNull();
  });

  it("locks an account after repeated failures, even for the right password, as it would an unknown one", async () => {
    const email = await userWithPassword("correct horse battery");
    const unknown = uniqueEmail("unknown");
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await verifyCredentials({ email, password: `wrong ${attempt}` }, "10.0.0.3")).toBeNull();
      expect(await verifyCredentials({ email: unknown, password: `wrong ${attempt}` }, "10.0.0.4")).toBeNull();
    }
    expect(await verifyCredentials({ email, password: "correct horse battery" }, "10.0.0.5")).toBeNull();
    // The counter is in the database, where every app instance and server worker reads it.
    expect(await db.loginRateLimit.findUnique({ where: { key: `login-account:${email}` }, select: { points: true } })).toEqual({ points: 5 });
  });

  it("limits failures per client address across accounts", async () => {
    const email = await userWithPassword("correct horse battery");
    for (let attempt = 0; attempt < 30; attempt++) {
      await verifyCredentials({ email: uniqueEmail("spray"), password: "guess guess" }, "10.0.0.6");
    }
    expect(await verifyCredentials({ email, password: "correct horse battery" }, "10.0.0.6")).toBeNull();
    expect(await verifyCredentials({ email, password: "correct horse battery" }, "10.0.0.7")).toMatchObject({ email });
  });

  it("never limits successful sign-ins, however many people sign in from one address (an office behind one gateway)", async () => {
    // A cheap hash: this test is about the limiter, not bcrypt's cost.
    const passwordHash = await bcrypt.hash("correct horse battery", 4);
    const emails = Array.from({ length: 40 }, () => uniqueEmail("office"));
    await db.user.createMany({ data: emails.map((email) => ({ email, name: "Office", passwordHash })) });
    for (const email of emails) expect(await verifyCredentials({ email, password: "correct horse battery" }, "10.0.0.8")).toMatchObject({ email });
    expect(await verifyCredentials({ email: emails[0]!, password: "correct horse battery" }, "10.0.0.8")).toMatchObject({ email: emails[0] });
  });
});
