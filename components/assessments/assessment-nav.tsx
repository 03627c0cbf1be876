"use client";
// Tabs of one assessment: answers, dashboard, plan, scorecard, history.
import { useTranslations } from "next-intl";
import { NavTabs } from "@/components/ui/nav-tabs";
import { usePathname } from "@/lib/i18n/navigation";

export type TAssessmentTab = "answers" | "dashboard" | "plan" | "scorecard" | "history";

export function AssessmentNav({ base, tabs }: { base: string; tabs: TAssessmentTab[] }) {
  const t = useTranslations("assessmentNav");
  const pathname = usePathname();
  return (
    <NavTabs
      label={t("label")}
      variant="pills"
      tabs={tabs.map((tab) => {
        const href = tab === "answers" ? base : `${base}/${tab}`;
        // Answers has the domain pages below it.
        return { href, label: t(tab), current: tab === "answers" ? pathname === base || pathname.startsWith(`${base}/domains`) : pathname.startsWith(href) };
      })}
    />
  );
}
