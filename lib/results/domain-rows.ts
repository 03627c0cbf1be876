// One row per domain for the dashboard's charts and tables: current, target and previous scores
// side by side. Pure.
import { POINTS_PER_LEVEL } from "@/lib/scoring/scale";
import type { TAssessmentScore, TLight } from "@/lib/scoring/types";
import type { TDomainKey } from "@/lib/questionnaires/schema";

export type TDomainRow = {
  key: TDomainKey;
  title: string;
  /** 0–100 or null, unrounded. */
  score: number | null;
  targetLevel: number;
  targetScore: number;
  previousScore: number | null;
  gapPoints: number | null;
  coveragePercent: number | null;
  light: TLight;
};

export function domainRows({ score, titles, previous }: { score: TAssessmentScore; titles: Record<TDomainKey, string>; previous?: { domain: string; score: number | null }[] }): TDomainRow[] {
  const previousByDomain = new Map((previous ?? []).map((row) => [row.domain, row.score]));
  return score.domains.map((domain) => ({
    key: domain.domain,
    title: titles[domain.domain],
    score: domain.score,
    targetLevel: domain.target.level,
    targetScore: POINTS_PER_LEVEL * domain.target.level,
    previousScore: previousByDomain.get(domain.domain) ?? null,
    gapPoints: domain.gapPoints,
    coveragePercent: domain.coverage.percent,
    light: domain.light,
  }));
}

/** The domains furthest below target, largest first, for the gap chart. */
export function largestGaps(rows: TDomainRow[], count = 10): TDomainRow[] {
  return rows
    .filter((row) => (row.gapPoints ?? 0) > 0)
    .sort((a, b) => b.gapPoints! - a.gapPoints!)
    .slice(0, count);
}
