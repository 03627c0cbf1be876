"use client";
// Tabs of one assessment: answers, dashboard, plan, scorecard, history.
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

export type TAssessmentTab = "answers" | "dashboard" | "plan" | "scorecard" | "history";

export function AssessmentNav({ base, tabs }: { base: string; tabs: TAssessmentTab[] }) {
  const t = useTranslations("assessmentNav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const href = tab === "answers" ? base : `${base}/${tab}`;
          // Answers has the domain pages below it.
          const current = tab === "answers" ? pathname === base || pathname.startsWith(`${base}/domains`) : pathname.startsWith(href);
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block rounded-full border px-3 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-700",
                  current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:border-brand-600",
                )}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
