// The traffic light for a domain: on target, within one level of it, or further behind.
import { POINTS_PER_LEVEL, SCORE_EPSILON } from "./scale";
import type { TLight } from "./types";

export function lightFor(score: number | null, targetLevel: number): TLight {
  if (score === null) return "none";
  // The epsilon: a score of 75 computed as 74.99999999999999 is on target 3.
  if (score + SCORE_EPSILON >= POINTS_PER_LEVEL * targetLevel) return "green";
  if (score + SCORE_EPSILON >= POINTS_PER_LEVEL * (targetLevel - 1)) return "amber";
  return "red";
}
