// The SQL behind the organization overview, over the scores frozen at approval: the trend by
// month (Japan's calendar) for the whole organization and each part, and each part's latest
// result with its domain scores. Takes the client, so the benchmark runs exactly these queries.
import type { PrismaClient } from "@/generated/prisma/client";

/** month: "2026-02", in Japan's calendar. */
export type TTrendPoint = { month: string; orgUnitId: string | null; score: number | null; assessments: number };
export type TUnitResult = { orgUnitId: string | null; unitName: string | null; assessmentId: string; title: string; approvedAt: Date; score: number | null; grade: string | null; domains: Record<string, number | null> };

export async function queryPortfolio(db: Pick<PrismaClient, "$queryRaw">, organizationId: string): Promise<{ trend: TTrendPoint[]; units: TUnitResult[] }> {
  const [trend, units] = await Promise.all([
    db.$queryRaw<{ month: string; orgUnitId: string | null; score: number | null; assessments: bigint }[]>`
      SELECT to_char(s."approvedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM') AS month, s."orgUnitId", avg(s."overallScore") AS score, count(*) AS assessments
      FROM "AssessmentScore" s
      WHERE s."organizationId" = ${organizationId}
      GROUP BY 1, 2
      ORDER BY 1, 2`,
    db.$queryRaw<(Omit<TUnitResult, "domains"> & { domains: Record<string, number | null> | null })[]>`
      WITH latest AS (
        SELECT DISTINCT ON (s."orgUnitId") s."assessmentId", s."orgUnitId", s."approvedAt", s."overallScore", s.grade
        FROM "AssessmentScore" s
        WHERE s."organizationId" = ${organizationId}
        ORDER BY s."orgUnitId", s."approvedAt" DESC
      )
      SELECT l."orgUnitId", u.name AS "unitName", l."assessmentId", a.title, l."approvedAt", l."overallScore" AS score, l.grade,
             (SELECT jsonb_object_agg(d.domain, d.score) FROM "AssessmentDomainScore" d WHERE d."assessmentId" = l."assessmentId") AS domains
      FROM latest l
      JOIN "Assessment" a ON a.id = l."assessmentId" AND a."organizationId" = ${organizationId}
      LEFT JOIN "OrgUnit" u ON u.id = l."orgUnitId"
      ORDER BY u.name NULLS FIRST`,
  ]);
  return {
    trend: trend.map((point) => ({ ...point, assessments: Number(point.assessments) })),
    units: units.map((unit) => ({ ...unit, domains: unit.domains ?? {} })),
  };
}
