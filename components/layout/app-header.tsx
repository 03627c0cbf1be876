// The header of every signed-in page.
import { getSessionUser } from "@/lib/auth/session";
import { listUserOrganizations } from "@/lib/organizations/list-user-organizations";
import { Logo } from "./logo";
import { LocaleSwitcher } from "./locale-switcher";
import { OrganizationSwitcher } from "./organization-switcher";
import { UserMenu } from "./user-menu";

export async function AppHeader() {
  const user = await getSessionUser();
  if (!user) return null;
  const organizations = await listUserOrganizations(user.id);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-6">
        <Logo href="/orgs" />
        <OrganizationSwitcher organizations={organizations.map(({ id, name }) => ({ id, name }))} />
        <div className="ml-auto flex items-center gap-3">
          <LocaleSwitcher />
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
