import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** `compact`: on phones the name is left to screen readers, so a crowded header fits. */
export function Logo({ href = "/", compact = false }: { href?: string; compact?: boolean }) {
  const t = useTranslations("meta");
  return (
    <Link href={href} className="flex items-center gap-2 rounded font-semibold text-brand-900 focus-visible:outline-2 focus-visible:outline-brand-700">
      <span aria-hidden className="grid size-8 place-items-center rounded-md bg-brand-700 text-base text-white">
        守
      </span>
      <span className={compact ? "sr-only text-lg tracking-tight sm:not-sr-only" : "text-lg tracking-tight"}>{t("appName")}</span>
    </Link>
  );
}
