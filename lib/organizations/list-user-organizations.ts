// The organizations a user belongs to: with role and sector for the organizations page, by name
// for the header's switcher.
import "server-only";
import { cache } from "react";
import { loadUserAccess } from "@/lib/authz/user-access";
import { db } from "@/lib/db/client";

export const listUserOrganizations = cache(async (userId: string) => {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, kind: true, sector: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return memberships.map(({ role, organization }) => ({ ...organization, role }));
});

/**
 * The same organizations by name, for the header of every page: read from the memberships the
 * session check already loaded (lib/authz/user-access.ts), so the header costs no query.
 */
export async function listSwitcherOrganizations(userId: string, locale: string) {
  const access = await loadUserAccess(userId);
  const collator = new Intl.Collator(locale);
  return [...(access?.memberships.values() ?? [])]
    .map(({ organization }) => ({ id: organization.id, name: organization.name }))
    .sort((first, second) => collator.compare(first.name, second.name));
}
