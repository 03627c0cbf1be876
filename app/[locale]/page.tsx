// The front page: what Mamori does, and the way in. Signed-in users go straight to their work.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Building2, GraduationCap, ShieldCheck } from "lucide-react";
import { Logo } from "@/components/layout/logo";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { Button } from "@/components/ui/button";
import { getSessionUser } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";

const FEATURES = [
  { key: "companies", Icon: Building2 },
  { key: "universities", Icon: GraduationCap },
  { key: "executives", Icon: ShieldCheck },
] as const;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getSessionUser()) redirect({ href: "/orgs", locale });
  const t = await getTranslations("home");
  return (
    <div className="min-h-screen bg-white">
      <header className="mx-auto flex max-w-6xl items-center justify-between px-6 py-5">
        <Logo />
        <div className="flex items-center gap-3">
          <LocaleSwitcher />
          <Button asChild variant="ghost">
            <Link href="/sign-in">{t("signIn")}</Link>
          </Button>
        </div>
      </header>
      <main id="main">
        <section className="mx-auto max-w-6xl px-6 pb-16 pt-12">
          <p className="text-sm font-semibold tracking-wide text-brand-700">{t("eyebrow")}</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold leading-tight text-slate-900">{t("headline")}</h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700">{t("lead")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Button asChild>
              <Link href="/sign-up">{t("start")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
          </div>
        </section>
        <section aria-labelledby="for-whom" className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto max-w-6xl px-6 py-14">
            <h2 id="for-whom" className="text-2xl font-semibold">
              {t("forWhom")}
            </h2>
            <ul className="mt-8 grid gap-6 md:grid-cols-3">
              {FEATURES.map(({ key, Icon }) => (
                <li key={key} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
                  <Icon aria-hidden className="size-7 text-brand-700" />
                  <h3 className="mt-4 font-semibold text-slate-900">{t(`features.${key}.title`)}</h3>
                  <p className="mt-2 text-sm text-slate-700">{t(`features.${key}.body`)}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>
      <footer className="mx-auto max-w-6xl px-6 py-8 text-xs text-slate-600">{t("footer")}</footer>
    </div>
  );
}
