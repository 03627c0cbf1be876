"use client";
// Tabs of an organization's pages; the current one is marked for screen readers too.
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

export type TOrganizationTab = "overview" | "assessments" | "members" | "settings" | "audit";

export function OrganizationNav({ organizationId, tabs }: { organizationId: string; tabs: TOrganizationTab[] }) {
  const t = useTranslations("organizationNav");
  const pathname = usePathname();
  const base = `/orgs/${organizationId}`;
  return (
    <nav aria-label={t("label")} className="border-b border-slate-200 print:hidden">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {tabs.map((tab) => {
          const href = tab === "overview" ? base : `${base}/${tab}`;
          // Assessments has pages below it; the others are single pages.
          const current = tab === "assessments" ? pathname.startsWith(href) : pathname === href;
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-4 py-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-700",
                  current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
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
