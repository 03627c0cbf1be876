import { describe, expect, it } from "vitest";
import { nextStatus } from "./status-transitions";

describe("[ASSESSMENTS] review workflow", () => {
  it("goes in progress → in review → approved, or back to in progress when returned", () => {
    expect(nextStatus("IN_PROGRESS", "submit")).toBe("IN_REVIEW");
    expect(nextStatus("IN_REVIEW", "approve")).toBe("APPROVED");
    expect(nextStatus("IN_REVIEW", "return")).toBe("IN_PROGRESS");
  });

  it("refuses to move an approved assessment, which is locked", () => {
    for (const event of ["submit", "approve", "return"] as const) expect(() => nextStatus("APPROVED", event)).toThrow("assessmentLocked");
  });

  it("refuses to approve what was not submitted, or submit before the profile is done", () => {
    expect(() => nextStatus("IN_PROGRESS", "approve")).toThrow("invalidTransition");
    expect(() => nextStatus("PROFILE", "submit")).toThrow("invalidTransition");
  });
});
