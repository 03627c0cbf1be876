import { describe, expect, it } from "vitest";
import { gradeFor } from "./grade";

describe("[SCORING] grades", () => {
  it("gives the grade of a band to a score exactly on its lower edge, and the next grade just below it", () => {
    const cases: [number, string][] = [
      [100, "A"], [80, "A"], [79.99, "B"],
      [65, "B"], [64.99, "C"],
      [50, "C"], [49.99, "D"],
      [35, "D"], [34.99, "E"],
      [0, "E"],
    ];
    for (const [score, grade] of cases) expect(gradeFor(score), `score ${score}`).toBe(grade);
  });

  it("gives no grade when there is no score", () => {
    expect(gradeFor(null)).toBeNull();
  });
});
