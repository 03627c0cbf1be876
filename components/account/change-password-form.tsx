"use client";
// Change password: the current one, then a new one under the same rules as sign-up. The change ends
// every session of the account, this one too, so the form signs this browser in again.
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { changePasswordAction } from "@/lib/actions/account";
import { useRouter } from "@/lib/i18n/navigation";
import { ZChangePasswordInput } from "@/lib/validation/auth";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const tSignUp = useTranslations("signUp");
  const message = useMessageKey();
  const router = useRouter();
  const [changed, setChanged] = useState(false);
  const { form, action, handleSubmitWithAction } = useHookFormAction(changePasswordAction, zodResolver(ZChangePasswordInput), {
    formProps: { defaultValues: { currentPassword: "", newPassword: "" } },
    actionProps: {
      onExecute: () => setChanged(false),
      onSuccess: async ({ data }) => {
        if (!data) return;
        await signIn("credentials", { email: data.email, password: form.getValues("newPassword"), redirect: false });
        form.reset();
        setChanged(true);
        router.refresh();
      },
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="max-w-md space-y-4">
      {action.result.serverError && <Alert tone="error">{message(action.result.serverError)}</Alert>}
      {changed && <Alert tone="success">{t("passwordChanged")}</Alert>}
      <Field id="current-password" label={t("currentPassword")} error={message(errors.currentPassword?.message)}>
        <Input type="password" autoComplete="current-password" {...form.register("currentPassword")} />
      </Field>
      <Field id="new-password" label={t("newPassword")} hint={tSignUp("passwordHint")} error={message(errors.newPassword?.message)}>
        <Input type="password" autoComplete="new-password" {...form.register("newPassword")} />
      </Field>
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? t("changingPassword") : t("changePassword")}
      </Button>
    </form>
  );
}
