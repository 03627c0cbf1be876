"use client";
// Account creation: the server action creates the account, then next-auth signs it in.
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { signUpAction } from "@/lib/actions/auth";
import { ZSignUpInput } from "@/lib/validation/auth";

export function SignUpForm({ callbackPath, email }: { callbackPath: string; email: string }) {
  const t = useTranslations("signUp");
  const message = useMessageKey();
  const { form, action, handleSubmitWithAction } = useHookFormAction(signUpAction, zodResolver(ZSignUpInput), {
    formProps: { defaultValues: { name: "", email, password: "" } },
    actionProps: {
      onSuccess: async () => {
        const { email: signedUpEmail, password } = form.getValues();
        await signIn("credentials", { email: signedUpEmail, password, redirect: false });
        window.location.assign(callbackPath);
      },
    },
  });
  const { errors } = form.formState;
  const busy = action.isPending || action.hasSucceeded;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {action.result.serverError && <Alert tone="error">{message(action.result.serverError)}</Alert>}
      <Field id="name" label={t("name")} error={message(errors.name?.message)}>
        <Input autoComplete="name" {...form.register("name")} />
      </Field>
      <Field id="email" label={t("email")} error={message(errors.email?.message)}>
        <Input type="email" autoComplete="email" {...form.register("email")} />
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={message(errors.password?.message)}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </Field>
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
