"use server";
// Sign-up. (Sign-in and sign-out go through next-auth's own endpoints.)
import { actionClient } from "./safe-action";
import { ZSignUpInput } from "@/lib/validation/auth";
import { createUser } from "@/lib/users/create-user";

export const signUpAction = actionClient.inputSchema(ZSignUpInput).action(async ({ parsedInput }) => {
  await createUser(parsedInput);
  return { email: parsedInput.email };
});
