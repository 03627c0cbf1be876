"use client";
// Switches the interface language, staying on the same page.
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { routing, type TLocale } from "@/lib/i18n/routing";

export function LocaleSwitcher() {
  const t = useTranslations("localeSwitcher");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span className="sr-only">{t("label")}</span>
      <select
        name="locale"
        aria-label={t("label")}
        value={locale}
        disabled={pending}
        onChange={(event) =>
          startTransition(() => {
            router.replace(pathname, { locale: event.target.value as TLocale });
          })
        }
        className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
      >
        {routing.locales.map((option) => (
          <option key={option} value={option}>
            {t(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
