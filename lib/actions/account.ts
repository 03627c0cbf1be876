"use server";
// The signed-in user's own account: password and sessions.
import { returnValidationErrors } from "next-safe-action";
import { authActionClient } from "./safe-action";
import { ZChangePasswordInput } from "@/lib/validation/auth";
import { newPasswordProblem } from "@/lib/auth/new-password-problem";
import { changePassword } from "@/lib/users/change-password";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";

export const changePasswordAction = authActionClient.inputSchema(ZChangePasswordInput).action(async ({ ctx, parsedInput }) => {
  const problem = await newPasswordProblem(parsedInput.newPassword, ctx.user.email);
  if (problem) returnValidationErrors(ZChangePasswordInput, { newPassword: { _errors: [problem] } });
  await changePassword(ctx.user.id, parsedInput);
  return { email: ctx.user.email };
});

export const signOutEverywhereAction = authActionClient.action(async ({ ctx }) => {
  await signOutEverywhere(ctx.user.id);
  return { signedOut: true };
});
