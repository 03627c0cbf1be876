"use client";
// Tabs of an organization's pages.
import { useTranslations } from "next-intl";
import { NavTabs } from "@/components/ui/nav-tabs";
import { usePathname } from "@/lib/i18n/navigation";

export type TOrganizationTab = "overview" | "assessments" | "members" | "settings" | "audit";

export function OrganizationNav({ organizationId, tabs }: { organizationId: string; tabs: TOrganizationTab[] }) {
  const t = useTranslations("organizationNav");
  const pathname = usePathname();
  const base = `/orgs/${organizationId}`;
  return (
    <NavTabs
      label={t("label")}
      variant="underline"
      className="border-b border-slate-200"
      tabs={tabs.map((tab) => {
        const href = tab === "overview" ? base : `${base}/${tab}`;
        // Assessments has pages below it; the others are single pages.
        return { href, label: t(tab), current: tab === "assessments" ? pathname.startsWith(href) : pathname === href };
      })}
    />
  );
}
