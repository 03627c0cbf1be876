"use client";
// Ends every session of the account, then this browser's cookie, and goes to sign-in.
import { useAction } from "next-safe-action/hooks";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useMessageKey } from "@/components/ui/use-message-key";
import { signOutEverywhereAction } from "@/lib/actions/account";

export function SignOutEverywhereButton() {
  const t = useTranslations("account");
  const locale = useLocale();
  const message = useMessageKey();
  const { execute, isPending, hasSucceeded, result } = useAction(signOutEverywhereAction, {
    onSuccess: () => void signOut({ callbackUrl: `/${locale}/sign-in` }),
  });
  return (
    <div className="space-y-3">
      {result.serverError && <Alert tone="error">{message(result.serverError)}</Alert>}
      <Button variant="danger" disabled={isPending || hasSucceeded} onClick={() => window.confirm(t("signOutEverywhereConfirm")) && execute()}>
        {isPending || hasSucceeded ? t("signingOut") : t("signOutEverywhere")}
      </Button>
    </div>
  );
}
