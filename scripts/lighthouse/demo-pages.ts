// The pages Lighthouse scores, in the demo company: sign-in, the first domain of this year's
// assessment (being answered), and the dashboard of last year's approved one (the fullest).
import type { PrismaClient } from "../../generated/prisma/client";
import { DEMO_ORGANIZATIONS } from "../../prisma/seed/demo";

export type TAuditedPage = { name: string; path: string; signedIn: boolean };

/** Assessors may answer every domain and see every result. */
export const AUDIT_USER = "assessor@hikari.example.jp";

export async function demoPages(prisma: PrismaClient, locale = "ja"): Promise<TAuditedPage[]> {
  const organizationId = DEMO_ORGANIZATIONS[0]!.id;
  const whole = { organizationId, orgUnitId: null };
  const [current, approved] = await Promise.all([
    prisma.assessment.findFirstOrThrow({ where: { ...whole, status: "IN_PROGRESS" }, select: { id: true } }),
    prisma.assessment.findFirstOrThrow({ where: { ...whole, status: "APPROVED" }, orderBy: { approvedAt: "desc" }, select: { id: true } }),
  ]);
  const assessments = `/${locale}/orgs/${organizationId}/assessments`;
  return [
    { name: "sign-in", path: `/${locale}/sign-in`, signedIn: false },
    { name: "answering", path: `${assessments}/${current.id}/domains/governance`, signedIn: true },
    { name: "dashboard", path: `${assessments}/${approved.id}/dashboard`, signedIn: true },
  ];
}
