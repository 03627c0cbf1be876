import { describe, expect, it } from "vitest";
import { ZChangePasswordInput, ZSignInInput, ZSignUpInput } from "./auth";

function signUpPasswordErrors(password: string, email = "sato.hanako@example.jp") {
  const result = ZSignUpInput.safeParse({ name: "佐藤花子", email, password });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("[VALIDATION] new passwords (ASVS V2.1)", () => {
  it("needs 12 characters, counted as characters, not bytes or UTF-16 units", () => {
    expect(signUpPasswordErrors("eleven chars")).toEqual([]);
    expect(signUpPasswordErrors("ten chars!!")).toEqual(["password: validation.passwordTooShort"]);
    // Twelve Japanese characters are 36 bytes; eleven emoji are 22 UTF-16 units but still too short.
    expect(signUpPasswordErrors("経済安全保障の自己評価表")).toEqual([]);
    expect(signUpPasswordErrors("🔒".repeat(11))).toEqual(["password: validation.passwordTooShort"]);
  });

  it("takes up to 128 characters of anything, spaces included, and no composition rules", () => {
    expect(signUpPasswordErrors("a".repeat(64))).toEqual([]);
    expect(signUpPasswordErrors("🔒".repeat(128))).toEqual([]);
    expect(signUpPasswordErrors("all lower case words here")).toEqual([]);
    expect(signUpPasswordErrors("a".repeat(129))).toEqual(["password: validation.passwordTooLong"]);
  });

  it("refuses passwords built on the email address or on the service's name", () => {
    expect(signUpPasswordErrors("Sato.Hanako-2026!")).toEqual(["password: validation.passwordMentionsAccount"]);
    expect(signUpPasswordErrors("my sato.hanako@example.jp")).toEqual(["password: validation.passwordMentionsAccount"]);
    expect(signUpPasswordErrors("Mamori-Demo-2026")).toEqual(["password: validation.passwordMentionsAccount"]);
    // A one- or two-letter local part would forbid too much.
    expect(signUpPasswordErrors("a perfectly good one", "a@example.jp")).toEqual([]);
  });

  it("lets anyone sign in with the password they have, also one older than these rules", () => {
    expect(ZSignInInput.safeParse({ email: "x@example.jp", password: "short" }).success).toBe(true);
    expect(ZSignInInput.safeParse({ email: "x@example.jp", password: "🔒".repeat(128) }).success).toBe(true);
    expect(ZSignInInput.safeParse({ email: "x@example.jp", password: "a".repeat(129) }).success).toBe(false);
  });

  it("asks for a new password that differs from the current one", () => {
    const same = ZChangePasswordInput.safeParse({ currentPassword: "same old passphrase", newPassword: "same old passphrase" });
    expect(same.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["newPassword", "validation.passwordUnchanged"]]);
    expect(ZChangePasswordInput.safeParse({ currentPassword: "short", newPassword: "a brand new passphrase" }).success).toBe(true);
  });
});
