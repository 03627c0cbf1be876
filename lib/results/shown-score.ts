// People see whole points. Scores (and percentages) are shown rounded down and gaps rounded up,
// so that a shown score meets a shown target exactly when the real one does: 74.6 against a
// target of 75 shows as 74, amber, with a gap of 1 — never as 75 and still amber.
import { SCORE_EPSILON as EPSILON } from "@/lib/scoring/scale";

export function shownScore(value: number | null): number | null {
  return value === null ? null : Math.floor(value + EPSILON);
}

export function shownGap(value: number | null): number | null {
  return value === null ? null : Math.max(0, Math.ceil(value - EPSILON));
}

/** One decimal, rounded down, for exports and explanations. */
export function shownTenths(value: number | null): number | null {
  return value === null ? null : Math.floor(value * 10 + EPSILON) / 10;
}

/** A gap to one decimal, rounded up. */
export function shownGapTenths(value: number | null): number | null {
  return value === null ? null : Math.max(0, Math.ceil(value * 10 - EPSILON) / 10);
}
