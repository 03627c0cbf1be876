import { describe, expect, it } from "vitest";
import { isActionOverdue, planSummary } from "./plan-summary";

const now = new Date("2026-12-01T00:00:00Z");
const past = new Date("2026-11-01T00:00:00Z");
const future = new Date("2027-01-01T00:00:00Z");

describe("[REMEDIATION] plan progress", () => {
  it("counts actions by status, closed ones as done or risk accepted, and open ones past their date as overdue", () => {
    const summary = planSummary(
      [
        { status: "OPEN", dueDate: past },
        { status: "IN_PROGRESS", dueDate: past },
        { status: "IN_PROGRESS", dueDate: future },
        { status: "DONE", dueDate: past },
        { status: "RISK_ACCEPTED", dueDate: null },
        { status: "OPEN", dueDate: null },
      ],
      now,
    );
    // 2 closed of 6 = 33 %; a done action past its date is not overdue.
    expect(summary).toEqual({ total: 6, open: 2, inProgress: 2, done: 1, riskAccepted: 1, overdue: 2, percentDone: 33 });
  });

  it("is empty, not divided by zero, without actions", () => {
    expect(planSummary([], now)).toEqual({ total: 0, open: 0, inProgress: 0, done: 0, riskAccepted: 0, overdue: 0, percentDone: 0 });
    expect(isActionOverdue({ status: "DONE", dueDate: past }, now)).toBe(false);
  });
});
