// The review workflow as a table: which event moves an assessment from which status. Pure.
import { DomainError } from "@/lib/errors";

export type TAssessmentStatus = "PROFILE" | "IN_PROGRESS" | "IN_REVIEW" | "APPROVED";
export type TReviewEvent = "submit" | "approve" | "return";

const TRANSITIONS: Record<TReviewEvent, Partial<Record<TAssessmentStatus, TAssessmentStatus>>> = {
  submit: { IN_PROGRESS: "IN_REVIEW" },
  approve: { IN_REVIEW: "APPROVED" },
  return: { IN_REVIEW: "IN_PROGRESS" },
};

export function nextStatus(current: TAssessmentStatus, event: TReviewEvent): TAssessmentStatus {
  const next = TRANSITIONS[event][current];
  if (!next) throw new DomainError(current === "APPROVED" ? "assessmentLocked" : "invalidTransition");
  return next;
}
