// The page an invitation link opens: who invited you where, and a way to accept.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { findInvitationByToken } from "@/lib/invitations/find-invitation";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("invitation", "title");

export default async function InvitationPage({ params }: PageProps<"/[locale]/invitations/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("invitation");
  const tRoles = await getTranslations("roles");
  const [invitation, user] = await Promise.all([findInvitationByToken(token), getSessionUser()]);
  const here = `/${locale}/invitations/${token}`;

  if (!invitation || invitation.status !== "open") {
    return (
      <Card className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone="error">{t(`status.${invitation?.status ?? "invalid"}`)}</Alert>
        <Button asChild variant="secondary">
          <Link href="/orgs">{t("goToApp")}</Link>
        </Button>
      </Card>
    );
  }

  return (
    <Card className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-800">
          {t("summary", { inviter: invitation.invitedBy.name, organization: invitation.organization.name, role: tRoles(`${invitation.role}.name`) })}
        </p>
        <p className="text-sm text-slate-700">{tRoles(`${invitation.role}.description`)}</p>
        <p className="text-sm text-slate-700">{t("sentTo", { email: invitation.email })}</p>
      </div>
      {!user && (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{t("signInFirst")}</p>
          <Button asChild className="w-full">
            <Link href={{ pathname: "/sign-up", query: { callbackUrl: here, email: invitation.email } }}>{t("createAccount")}</Link>
          </Button>
          <Button asChild variant="secondary" className="w-full">
            <Link href={{ pathname: "/sign-in", query: { callbackUrl: here } }}>{t("signIn")}</Link>
          </Button>
        </div>
      )}
      {user && user.email !== invitation.email && (
        <div className="space-y-3">
          <Alert tone="error">{t("wrongAccount", { current: user.email, invited: invitation.email })}</Alert>
          <SignOutButton callbackPath={here} />
        </div>
      )}
      {user && user.email === invitation.email && <AcceptInvitationButton token={token} />}
    </Card>
  );
}
