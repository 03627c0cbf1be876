// How far a remediation plan has got: actions by status, overdue ones, and the share closed
// (done, or risk accepted with a reason). Pure.
import { isOverdue } from "@/lib/assessments/due-date";

export type TActionState = { status: "OPEN" | "IN_PROGRESS" | "DONE" | "RISK_ACCEPTED"; dueDate: Date | null };
export type TPlanSummary = { total: number; open: number; inProgress: number; done: number; riskAccepted: number; overdue: number; percentDone: number };

export function isActionOverdue(action: TActionState, now = new Date()): boolean {
  return (action.status === "OPEN" || action.status === "IN_PROGRESS") && isOverdue(action.dueDate, now);
}

export function planSummary(actions: TActionState[], now = new Date()): TPlanSummary {
  const count = (status: TActionState["status"]) => actions.filter((action) => action.status === status).length;
  const done = count("DONE");
  const riskAccepted = count("RISK_ACCEPTED");
  return {
    total: actions.length,
    open: count("OPEN"),
    inProgress: count("IN_PROGRESS"),
    done,
    riskAccepted,
    overdue: actions.filter((action) => isActionOverdue(action, now)).length,
    percentDone: actions.length === 0 ? 0 : Math.round((100 * (done + riskAccepted)) / actions.length),
  };
}
