import { describe, expect, it } from "vitest";
import { trendRows } from "./trend-series";

describe("[PORTFOLIO] score trend", () => {
  it("puts each month in a row and each part of the organization in a column, the whole organization first", () => {
    const { series, rows } = trendRows([
      { month: "2026-02", orgUnitId: "unit-b", score: 61.25, assessments: 1 },
      { month: "2025-02", orgUnitId: null, score: 40.04, assessments: 1 },
      { month: "2026-02", orgUnitId: null, score: 55, assessments: 2 },
      { month: "2026-03", orgUnitId: "unit-a", score: null, assessments: 1 },
    ]);
    expect(series).toEqual(["all", "unit-a", "unit-b"]);
    expect(rows).toEqual([
      { month: "2025-02", all: 40 },
      { month: "2026-02", all: 55, "unit-b": 61.2 },
      { month: "2026-03", "unit-a": null },
    ]);
  });
});
