// Sign-up and sign-in input, shared by the forms and the server. Messages are message-file keys.
import { z } from "zod";
import { characterCount, PASSWORD_MAX_CHARACTERS, passwordUsesContextWords, ZNewPassword } from "./password";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.emailTooLong")
  .pipe(z.email("validation.email"));

export const ZPersonName = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

/** A password the account already has: it may predate today's rules, so only its length is checked. */
const ZExistingPassword = z
  .string()
  .min(1, "validation.required")
  .refine((password) => characterCount(password) <= PASSWORD_MAX_CHARACTERS, "validation.passwordTooLong");

export const ZSignInInput = z.object({
  email: ZEmail,
  password: ZExistingPassword,
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZSignUpInput = z
  .object({
    name: ZPersonName,
    email: ZEmail,
    password: ZNewPassword,
  })
  .superRefine(({ email, password }, ctx) => {
    if (passwordUsesContextWords(password, email)) ctx.addIssue({ code: "custom", path: ["password"], message: "validation.passwordMentionsAccount" });
  });
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

export const ZChangePasswordInput = z
  .object({
    currentPassword: ZExistingPassword,
    newPassword: ZNewPassword,
  })
  .refine(({ currentPassword, newPassword }) => currentPassword !== newPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

/** Where to go after signing in: a path on this site only, never another origin. */
export const ZCallbackPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500)
  .catch("/orgs");
