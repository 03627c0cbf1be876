// The organizations a user belongs to, with their role in each, for the switcher and the list.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";

export const listUserOrganizations = cache(async (userId: string) => {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, name: true, kind: true, sector: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  return memberships.map(({ role, organization }) => ({ ...organization, role }));
});
