// The organization's score trend as chart rows: one row per month, one column per part of the
// organization (the whole organization under "all"). Pure.
import { shownTenths } from "@/lib/results/shown-score";
import type { TTrendPoint } from "./portfolio-queries";

export const WHOLE_ORGANIZATION = "all";

export type TTrendRows = { series: string[]; rows: ({ month: string } & Record<string, number | string | null>)[] };

export function trendRows(points: TTrendPoint[]): TTrendRows {
  const series = [...new Set(points.map((point) => point.orgUnitId ?? WHOLE_ORGANIZATION))].sort((a, b) => (a === WHOLE_ORGANIZATION ? -1 : b === WHOLE_ORGANIZATION ? 1 : a.localeCompare(b)));
  const byMonth = new Map<string, { month: string } & Record<string, number | string | null>>();
  for (const point of points) {
    const month = point.month;
    const row = byMonth.get(month) ?? { month };
    row[point.orgUnitId ?? WHOLE_ORGANIZATION] = shownTenths(point.score);
    byMonth.set(month, row);
  }
  return { series, rows: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)) };
}
