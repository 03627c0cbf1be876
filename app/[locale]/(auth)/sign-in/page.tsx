import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/lib/i18n/navigation";
import { oidcConfigured, env } from "@/lib/env";
import { ZCallbackPath } from "@/lib/validation/auth";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("signIn", "title");

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  const query = await searchParams;
  const callbackPath = ZCallbackPath.parse(query.callbackUrl ?? `/${locale}/orgs`);
  // Set by the keep-alive when it finds the session over (components/auth/session-keep-alive.tsx).
  const sessionEnded = query.ended === "1";
  const ssoName = oidcConfigured() ? (env().OIDC_NAME ?? "SSO") : null;
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link href={{ pathname: "/sign-up", query: { callbackUrl: callbackPath } }} className="font-medium text-brand-700 underline">
            {t("signUpLink")}
          </Link>
        </>
      }
    >
      {sessionEnded && <Alert>{t("sessionEnded")}</Alert>}
      <SignInForm callbackPath={callbackPath} ssoName={ssoName} />
    </AuthCard>
  );
}
