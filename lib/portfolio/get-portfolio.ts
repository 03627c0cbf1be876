// An organization's results across its approved assessments, for the overview page.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { queryPortfolio } from "./portfolio-queries";

export type { TTrendPoint, TUnitResult } from "./portfolio-queries";

export function getPortfolio(membership: TMembership) {
  return queryPortfolio(db, membership.organizationId);
}
