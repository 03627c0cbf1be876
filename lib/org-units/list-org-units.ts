// The parts of an organization it has assessed on their own (subsidiaries, faculties), by name.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";

export async function listOrgUnits(membership: TMembership): Promise<{ id: string; name: string }[]> {
  return db.orgUnit.findMany({ where: { organizationId: membership.organizationId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
