import { describe, expect, it } from "vitest";
import { gradeFor } from "@/lib/scoring/grade";
import { lightFor } from "@/lib/scoring/traffic-light";
import { shownGap, shownScore, shownTenths } from "./shown-score";

describe("[RESULTS] shown scores", () => {
  it("rounds scores down and gaps up, so the shown numbers agree with the light and the grade", () => {
    expect([shownScore(74.6), shownGap(75 - 74.6), lightFor(74.6, 3)]).toEqual([74, 1, "amber"]);
    expect([shownScore(79.59), gradeFor(79.59)]).toEqual([79, "B"]);
    expect([shownScore(99.6), lightFor(99.6, 4)]).toEqual([99, "amber"]);
  });

  it("does not lose a whole point to floating-point error", () => {
    const score = (100 * (0.1 + 0.2 + 0.45)) / 1; // 75.00000000000001 or 74.99999999999999
    expect(shownScore(score)).toBe(75);
    expect(shownScore(74.99999999999999)).toBe(75);
    expect(shownGap(0.0000000000001)).toBe(0);
    expect(shownTenths(33.3333)).toBe(33.3);
    expect(shownScore(null)).toBeNull();
  });
});
