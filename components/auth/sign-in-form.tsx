"use client";
// Email + password sign-in through next-auth, and the organization's SSO when configured.
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { ZSignInInput, type TSignInInput } from "@/lib/validation/auth";

export function SignInForm({ callbackPath, ssoName }: { callbackPath: string; ssoName: string | null }) {
  const t = useTranslations("signIn");
  const message = useMessageKey();
  const [failed, setFailed] = useState(false);
  const form = useForm<TSignInInput>({ resolver: zodResolver(ZSignInInput), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setFailed(false);
    const result = await signIn("credentials", { ...input, redirect: false });
    if (!result?.ok || result.error) {
      setFailed(true);
      return;
    }
    // A full navigation so that every server component sees the new session.
    window.location.assign(callbackPath);
  });

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {failed && <Alert tone="error">{t("failed")}</Alert>}
        <Field id="email" label={t("email")} error={message(errors.email?.message)}>
          <Input type="email" autoComplete="email" {...form.register("email")} />
        </Field>
        <Field id="password" label={t("password")} error={message(errors.password?.message)}>
          <Input type="password" autoComplete="current-password" {...form.register("password")} />
        </Field>
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </form>
      {ssoName && (
        <>
          <div className="flex items-center gap-3 text-xs text-slate-600">
            <span className="h-px flex-1 bg-slate-200" />
            {t("or")}
            <span className="h-px flex-1 bg-slate-200" />
          </div>
          <Button variant="secondary" className="w-full" onClick={() => void signIn("oidc", { callbackUrl: callbackPath })}>
            {t("sso", { provider: ssoName })}
          </Button>
        </>
      )}
    </div>
  );
}
