// The signed-in user's account and security: password, sessions, and their account's recent
// sign-ins and security events.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere-button";
import { AuditTable } from "@/components/audit/audit-table";
import { Card, CardTitle } from "@/components/ui/card";
import { requireSessionUser } from "@/lib/auth/session";
import { titleFrom } from "@/lib/i18n/page-title";
import { getAccountSecurity } from "@/lib/users/get-account-security";
import { listAccountActivity } from "@/lib/users/list-account-activity";

export const generateMetadata = titleFrom("account", "title");

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireSessionUser("/account");
  const [{ hasPassword }, activity, t] = await Promise.all([getAccountSecurity(user.id), listAccountActivity(user.id), getTranslations("account")]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("subtitle")}</p>
      </div>
      <Card className="space-y-4">
        <CardTitle>{t("passwordTitle")}</CardTitle>
        {hasPassword ? <ChangePasswordForm /> : <p className="text-sm text-slate-700">{t("ssoOnly")}</p>}
      </Card>
      <Card className="space-y-4">
        <CardTitle>{t("sessionsTitle")}</CardTitle>
        <p className="max-w-prose text-sm text-slate-700">{t("sessionsText")}</p>
        <SignOutEverywhereButton />
      </Card>
      <Card className="space-y-4">
        <CardTitle>{t("activityTitle")}</CardTitle>
        <AuditTable entries={activity} caption={t("activityCaption")} />
      </Card>
    </div>
  );
}
