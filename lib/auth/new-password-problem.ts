// Server-side checks of a new password beyond the shared schema: the account's own words and the
// breached-password list. Returns the message key for the password field, or null.
import "server-only";
import { passwordUsesContextWords } from "@/lib/validation/password";
import { isCommonPassword } from "./common-passwords";

export async function newPasswordProblem(password: string, email: string): Promise<string | null> {
  if (passwordUsesContextWords(password, email)) return "validation.passwordMentionsAccount";
  if (await isCommonPassword(password)) return "validation.passwordCommon";
  return null;
}
