// The rules for a new password (sign-up, password change), after OWASP ASVS 4.0.3 V2.1: at least
// 12 characters, up to 128, any Unicode character including spaces, never trimmed or cut, no
// composition rules. Characters are counted as Unicode code points, so "🔒" is one and a Japanese
// passphrase counts by its characters. Shared by the forms and the server; the server also
// refuses breached passwords (lib/auth/new-password-problem.ts), whose list stays on the server.
import { z } from "zod";

export const PASSWORD_MIN_CHARACTERS = 12;
export const PASSWORD_MAX_CHARACTERS = 128;
/** Shorter local parts ("a@…", "jo@…") would forbid too many good passwords. */
const MIN_ACCOUNT_WORD = 3;

export function characterCount(text: string): number {
  return Array.from(text).length;
}

export const ZNewPassword = z
  .string()
  .refine((password) => characterCount(password) >= PASSWORD_MIN_CHARACTERS, { message: "validation.passwordTooShort", abort: true })
  .refine((password) => characterCount(password) <= PASSWORD_MAX_CHARACTERS, { message: "validation.passwordTooLong", abort: true });

/**
 * Context-specific words (ASVS V2.1.7, NIST SP 800-63B 5.1.1.2): a password built on the account's
 * own address or on the service's name is among an attacker's first guesses.
 */
export function passwordUsesContextWords(password: string, email: string): boolean {
  const lowered = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  return lowered.includes(address) || (characterCount(localPart) >= MIN_ACCOUNT_WORD && lowered.includes(localPart)) || lowered.includes("mamori");
}
