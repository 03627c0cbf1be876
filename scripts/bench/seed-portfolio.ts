// A large organization for the overview: 10,000 approved assessments over five years, across 20
// org units and the whole organization (every 21st), each with its frozen overall score and ten
// domain scores — bulk SQL, a few seconds. Scores improve over the years, with noise per domain.
import { createHash } from "node:crypto";
import pg from "pg";
import { DOMAIN_KEYS } from "../../lib/questionnaires/schema";
import { GRADE_BANDS } from "../../lib/scoring/grade";

export const PORTFOLIO_ASSESSMENTS = 10_000;
export const PORTFOLIO_UNITS = 20;
const START = "2021-12-01T00:00:00Z";
/** 10,000 × 263 minutes ≈ five years. */
const MINUTES_APART = 263;

// The same ids and layout in SQL and TypeScript, so the bench knows the right answers.
const idFor = (seed: string) => `c${createHash("md5").update(seed).digest("hex").slice(0, 24)}`;
const ID_SQL = (seed: string) => `'c' || substr(md5(${seed}), 1, 24)`;
const assessmentIdFor = (index: number) => idFor(`bench-portfolio-${index}`);
const unitIdFor = (unit: number) => idFor(`bench-unit-${unit}`);
/** The whole organization (null) for every 21st assessment, else one of the units 1..20. */
const unitOf = (index: number): number | null => (index % 21 === 0 ? null : (index % PORTFOLIO_UNITS) + 1);

export type TPortfolioBench = { organizationId: string; latestByUnit: Map<string | null, string>; seedMs: number };

export async function seedPortfolio({ url, questionnaireVersionId, ownerId }: { url: string; questionnaireVersionId: string; ownerId: string }): Promise<TPortfolioBench> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Prisma keeps timestamps as UTC in columns without a time zone.
    await client.query("SET TIME ZONE 'UTC'");
    await client.query("BEGIN");
    const organization = idFor("bench-portfolio-organization");
    await client.query(`INSERT INTO "Organization" (id, name, kind, sector, "sizeBand", "updatedAt") VALUES ($1, 'ベンチホールディングス株式会社', 'COMPANY', 'SEMICONDUCTORS', 'OVER_5000', now())`, [organization]);
    await client.query(`INSERT INTO "Membership" (id, "organizationId", "userId", role, "updatedAt") VALUES ($1, $2, $3, 'OWNER', now())`, [idFor("bench-portfolio-owner"), organization, ownerId]);
    await client.query(
      `INSERT INTO "OrgUnit" (id, "organizationId", name) SELECT ${ID_SQL("'bench-unit-' || u")}, $1, '事業部 ' || lpad(u::text, 2, '0') FROM generate_series(1, $2::int) u`,
      [organization, PORTFOLIO_UNITS],
    );
    await client.query(
      `INSERT INTO "Assessment" (id, "organizationId", "questionnaireVersionId", title, status, profile, "ownerId", "orgUnitId", "submittedAt", "approvedAt", "createdAt", "updatedAt")
       SELECT ${ID_SQL("'bench-portfolio-' || i")}, $1, $2, '定期評価 第' || i || '回', 'APPROVED'::"AssessmentStatus", '{"jointResearchUs": true}'::jsonb, $3,
              CASE WHEN i % 21 = 0 THEN NULL ELSE ${ID_SQL("'bench-unit-' || (i % $5::int + 1)")} END,
              t, t, t - interval '30 days', t
       FROM (SELECT i, $6::timestamptz + (i - 1) * $7::int * interval '1 minute' AS t FROM generate_series(1, $4::int) i) s`,
      [organization, questionnaireVersionId, ownerId, PORTFOLIO_ASSESSMENTS, PORTFOLIO_UNITS, START, MINUTES_APART],
    );
    await client.query(
      `INSERT INTO "AssessmentScore" ("assessmentId", "organizationId", "orgUnitId", "questionnaireKey", "approvedAt", "coveragePercent")
       SELECT id, "organizationId", "orgUnitId", 'corporate', "approvedAt", 100 FROM "Assessment" WHERE "organizationId" = $1`,
      [organization],
    );
    await client.query("SELECT setseed(0.42)");
    // A domain's score: 35 → 65 over the five years, each domain a little stronger or weaker, ± 20 noise.
    await client.query(
      `INSERT INTO "AssessmentDomainScore" ("assessmentId", "organizationId", domain, score, "targetLevel", "coveragePercent")
       SELECT s."assessmentId", s."organizationId", d.domain,
              round(least(100, greatest(0, 35 + 30 * extract(epoch FROM s."approvedAt" - $2::timestamptz) / (5 * 365 * 86400) + (d.n % 5) * 4 - 8 + (random() - 0.5) * 40))::numeric, 1)::float8,
              CASE WHEN d.n % 3 = 0 THEN 4 ELSE 3 END, 100
       FROM "AssessmentScore" s CROSS JOIN unnest($3::text[]) WITH ORDINALITY AS d(domain, n)
       WHERE s."organizationId" = $1`,
      [organization, START, DOMAIN_KEYS],
    );
    await client.query(
      `UPDATE "AssessmentScore" s
       SET "overallScore" = a.score,
           grade = coalesce((SELECT b.grade FROM unnest($2::text[], $3::float8[]) AS b(grade, min) WHERE a.score >= b.min ORDER BY b.min DESC LIMIT 1), 'E')
       FROM (SELECT "assessmentId", avg(score) AS score FROM "AssessmentDomainScore" WHERE "organizationId" = $1 GROUP BY 1) a
       WHERE s."assessmentId" = a."assessmentId"`,
      [organization, GRADE_BANDS.map((band) => band.grade), GRADE_BANDS.map((band) => band.min)],
    );
    await client.query("COMMIT");
    // Planner statistics and visibility map as a long-lived database would have them.
    await client.query(`VACUUM (ANALYZE) "Assessment", "AssessmentScore", "AssessmentDomainScore", "OrgUnit"`);
    return { organizationId: organization, latestByUnit: latestByUnit(), seedMs: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The id of each unit's latest assessment (null: the whole organization), from the seed's layout: later index, later approval. */
function latestByUnit(): Map<string | null, string> {
  const latest = new Map<string | null, string>();
  for (let index = PORTFOLIO_ASSESSMENTS; index >= 1 && latest.size < PORTFOLIO_UNITS + 1; index--) {
    const unit = unitOf(index);
    const unitId = unit === null ? null : unitIdFor(unit);
    if (!latest.has(unitId)) latest.set(unitId, assessmentIdFor(index));
  }
  return latest;
}
