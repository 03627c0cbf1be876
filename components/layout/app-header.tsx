// The header of every signed-in page, and the keep-alive that renews the session while it is used.
import { getLocale, getTranslations } from "next-intl/server";
import { SessionKeepAlive } from "@/components/auth/session-keep-alive";
import { getSessionUser } from "@/lib/auth/session";
import { SESSION_RENEW_AFTER_SECONDS } from "@/lib/auth/session-policy";
import { Link } from "@/lib/i18n/navigation";
import { listSwitcherOrganizations } from "@/lib/organizations/list-user-organizations";
import { Logo } from "./logo";
import { LocaleSwitcher } from "./locale-switcher";
import { OrganizationSwitcher } from "./organization-switcher";
import { UserMenu } from "./user-menu";

export async function AppHeader() {
  const user = await getSessionUser();
  if (!user) return null;
  const [organizations, t] = await Promise.all([getLocale().then((locale) => listSwitcherOrganizations(user.id, locale)), getTranslations("appNav")]);
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <SessionKeepAlive renewAfterSeconds={SESSION_RENEW_AFTER_SECONDS} />
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Logo href="/orgs" compact />
        <OrganizationSwitcher organizations={organizations} />
        <nav aria-label={t("label")} className="hidden gap-1 md:flex">
          {(["myWork", "questionnaires"] as const).map((item) => (
            <Link key={item} href={item === "myWork" ? "/my-work" : "/questionnaires"} className="rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900">
              {t(item)}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-2 sm:gap-3">
          <LocaleSwitcher />
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
