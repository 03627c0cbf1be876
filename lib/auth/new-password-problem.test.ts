import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "./new-password-problem";

describe("[AUTH] breached and context-specific passwords", () => {
  it("refuses long passwords from the breached list, whatever their case", async () => {
    for (const breached of ["qwerty123456", "1qaz2wsx3edc", "Password1234", "LEAVEMEALONE"]) {
      expect(await newPasswordProblem(breached, "someone@example.jp"), breached).toBe("validation.passwordCommon");
    }
  });

  it("accepts a password nobody has leaked", async () => {
    expect(await newPasswordProblem("輸出管理は三月に見直す", "someone@example.jp")).toBeNull();
    expect(await newPasswordProblem("violet tram ledger sunrise", "someone@example.jp")).toBeNull();
  });

  it("refuses the account's own words before looking at the list", async () => {
    expect(await newPasswordProblem("someone-strong-2026", "someone@example.jp")).toBe("validation.passwordMentionsAccount");
  });
});

describe("[AUTH] the breached-password list", () => {
  it("holds the tens of thousands of leaked passwords a 12-character minimum lets through", async () => {
    const { commonPasswordCount } = await import("./common-passwords");
    expect(await commonPasswordCount()).toBeGreaterThan(40_000);
  });
});
