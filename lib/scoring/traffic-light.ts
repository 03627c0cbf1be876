// The traffic light for a domain: on target, within one level of it, or further behind.
import { POINTS_PER_LEVEL } from "./scale";
import type { TLight } from "./types";

export function lightFor(score: number | null, targetLevel: number): TLight {
  if (score === null) return "none";
  if (score >= POINTS_PER_LEVEL * targetLevel) return "green";
  if (score >= POINTS_PER_LEVEL * (targetLevel - 1)) return "amber";
  return "red";
}
