// Placeholder while an organization page loads its data. It sits below the organization layout,
// so that layout authorizes (and answers 404) before anything streams.
import { useTranslations } from "next-intl";

export default function Loading() {
  const t = useTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="h-40 animate-pulse rounded-lg bg-slate-200 lg:col-span-2" />
        <div className="h-40 animate-pulse rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}
