import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { oidcConfigured, env } from "@/lib/env";
import { ZCallbackPath } from "@/lib/validation/auth";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signIn");
  const callbackPath = ZCallbackPath.parse((await searchParams).callbackUrl ?? `/${locale}/orgs`);
  const ssoName = oidcConfigured() ? (env().OIDC_NAME ?? "SSO") : null;
  return (
    <Card className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("subtitle")}</p>
      </div>
      <SignInForm callbackPath={callbackPath} ssoName={ssoName} />
      <p className="text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href={{ pathname: "/sign-up", query: { callbackUrl: callbackPath } }} className="font-medium text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
