import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { AuthCard } from "@/components/auth/auth-card";
import { Link } from "@/lib/i18n/navigation";
import { ZCallbackPath } from "@/lib/validation/auth";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("signUp", "title");

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/sign-up">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("signUp");
  const query = await searchParams;
  const callbackPath = ZCallbackPath.parse(query.callbackUrl ?? `/${locale}/orgs`);
  const email = z.string().max(254).catch("").parse(query.email ?? "");
  return (
    <AuthCard
      title={t("title")}
      subtitle={t("subtitle")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link href={{ pathname: "/sign-in", query: { callbackUrl: callbackPath } }} className="font-medium text-brand-700 underline">
            {t("signInLink")}
          </Link>
        </>
      }
    >
      <SignUpForm callbackPath={callbackPath} email={email} />
    </AuthCard>
  );
}
