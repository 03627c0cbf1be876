import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";
import { ZCallbackPath } from "@/lib/validation/auth";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-up">) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signUp" });
  return { title: t("title") };
}

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/sign-up">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signUp");
  const query = await searchParams;
  const callbackPath = ZCallbackPath.parse(query.callbackUrl ?? `/${locale}/orgs`);
  const email = z.string().max(254).catch("").parse(query.email ?? "");
  return (
    <Card className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("subtitle")}</p>
      </div>
      <SignUpForm callbackPath={callbackPath} email={email} />
      <p className="text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={{ pathname: "/sign-in", query: { callbackUrl: callbackPath } }} className="font-medium text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
