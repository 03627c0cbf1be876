// Sign-up and sign-in input, shared by the forms and the server. Messages are message-file keys.
import { z } from "zod";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.emailTooLong")
  .pipe(z.email("validation.email"));

export const ZPassword = z.string().min(10, "validation.passwordTooShort").max(128, "validation.passwordTooLong");

export const ZPersonName = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, "validation.required").max(128, "validation.passwordTooLong"),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZSignUpInput = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZPassword,
});
export type TSignUpInput = z.infer<typeof ZSignUpInput>;

/** Where to go after signing in: a path on this site only, never another origin. */
export const ZCallbackPath = z
  .string()
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .max(500)
  .catch("/orgs");
