// The letter grade for an overall score.
import { SCORE_EPSILON } from "./scale";
import type { TGrade } from "./types";

/** Lower bounds, best first: a score on a bound earns that grade (80 is A, 79.99 is B). */
export const GRADE_BANDS: readonly { grade: TGrade; min: number }[] = [
  { grade: "A", min: 80 },
  { grade: "B", min: 65 },
  { grade: "C", min: 50 },
  { grade: "D", min: 35 },
];

export function gradeFor(score: number | null): TGrade | null {
  if (score === null) return null;
  return GRADE_BANDS.find((band) => score + SCORE_EPSILON >= band.min)?.grade ?? "E";
}
