// A row of links between sibling pages, the current one marked for screen readers too.
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/cn";

export type TNavTab = { href: string; label: string; current: boolean };

const VARIANTS = {
  /** Page-level tabs on a rule. */
  underline: {
    list: "-mb-px flex gap-1 overflow-x-auto",
    link: "inline-block border-b-2 px-4 py-2.5 text-sm font-medium",
    current: "border-brand-700 text-brand-800",
    other: "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900",
  },
  /** Tabs within a page section. */
  pills: {
    list: "flex flex-wrap gap-2",
    link: "inline-block rounded-full border px-3 py-1 text-sm font-medium",
    current: "border-brand-700 bg-brand-700 text-white",
    other: "border-slate-300 bg-white text-slate-800 hover:border-brand-600",
  },
} as const;

export function NavTabs({ label, tabs, variant, className }: { label: string; tabs: TNavTab[]; variant: keyof typeof VARIANTS; className?: string }) {
  const style = VARIANTS[variant];
  return (
    <nav aria-label={label} className={cn("print:hidden", className)}>
      <ul className={style.list}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            {/* Every page is rendered per request, so a prefetch would fetch little but cost a
                request per tab on every page view. */}
            <Link href={tab.href} prefetch={false} aria-current={tab.current ? "page" : undefined} className={cn(style.link, "focus-visible:outline-2 focus-visible:outline-brand-700", tab.current ? style.current : style.other)}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
