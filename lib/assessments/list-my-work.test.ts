import { describe, expect, it } from "vitest";
import { sortWork, type TWorkItem } from "./list-my-work";

const item = (title: string, due: string | null): TWorkItem => ({
  kind: "answer",
  organizationId: "o",
  organizationName: "Org",
  assessmentId: title,
  assessmentTitle: title,
  domain: "governance",
  dueDate: due ? new Date(due) : null,
});

describe("[MY WORK] order", () => {
  it("puts overdue work first, then the nearest due date, then work without one", () => {
    const now = new Date("2026-11-24T00:00:00Z");
    const sorted = sortWork([item("none", null), item("later", "2026-12-20"), item("overdue", "2026-11-01"), item("soon", "2026-11-30")], now);
    expect(sorted.map((work) => work.assessmentTitle)).toEqual(["overdue", "soon", "later", "none"]);
  });
});
