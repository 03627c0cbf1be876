import { describe, expect, it } from "vitest";
import { dueDateFromInput, dueDateInputValue, isOverdue } from "./due-date";

describe("[ASSESSMENTS] due dates", () => {
  it("means the end of the chosen day in Japan, and reads back as the same day", () => {
    const due = dueDateFromInput("2026-12-24")!;
    expect(due.toISOString()).toBe("2026-12-24T14:59:59.000Z");
    expect(dueDateInputValue(due)).toBe("2026-12-24");
    expect(dueDateFromInput("")).toBeNull();
    expect(dueDateInputValue(null)).toBe("");
  });

  it("is overdue only once the day in Japan has ended", () => {
    const due = dueDateFromInput("2026-12-24");
    expect(isOverdue(due, new Date("2026-12-24T14:59:00Z"))).toBe(false);
    expect(isOverdue(due, new Date("2026-12-24T15:00:00Z"))).toBe(true);
    expect(isOverdue(null)).toBe(false);
  });
});
