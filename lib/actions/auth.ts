"use server";
// Sign-up. (Sign-in and sign-out go through next-auth's own endpoints.)
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "./safe-action";
import { ZSignUpInput } from "@/lib/validation/auth";
import { newPasswordProblem } from "@/lib/auth/new-password-problem";
import { createUser } from "@/lib/users/create-user";

export const signUpAction = actionClient.inputSchema(ZSignUpInput).action(async ({ parsedInput }) => {
  // The breached-password list lives on the server; its verdict lands on the form's password field.
  const problem = await newPasswordProblem(parsedInput.password, parsedInput.email);
  if (problem) returnValidationErrors(ZSignUpInput, { password: { _errors: [problem] } });
  await createUser(parsedInput);
  return { email: parsedInput.email };
});
