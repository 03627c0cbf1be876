"use client";
// The review workflow's buttons for assessors and owners: submit, approve and lock, return with
// a comment, or reopen an approved assessment as a new revision.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { reopenAssessmentAction, reviewAssessmentAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";

type TStatus = "PROFILE" | "IN_PROGRESS" | "IN_REVIEW" | "APPROVED";

export function ReviewPanel({ organizationId, assessmentId, status }: { organizationId: string; assessmentId: string; status: TStatus }) {
  const t = useTranslations("review");
  const message = useMessageKey();
  const router = useRouter();
  const [comment, setComment] = useState("");
  const review = useAction(reviewAssessmentAction, { onSuccess: () => router.refresh() });
  const reopen = useAction(reopenAssessmentAction, { onSuccess: ({ data }) => data && router.push(`/orgs/${organizationId}/assessments/${data.id}`) });
  const busy = review.isPending || reopen.isPending;
  const error = review.result.serverError ?? reopen.result.serverError;

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{message(error)}</Alert>}
      {status === "IN_PROGRESS" && (
        <Button disabled={busy} onClick={() => review.execute({ organizationId, assessmentId, event: "submit" })}>
          {t("submit")}
        </Button>
      )}
      {status === "IN_REVIEW" && (
        <div className="space-y-3">
          <label htmlFor="review-comment" className="block text-sm font-medium text-slate-800">
            {t("comment")}
          </label>
          <textarea id="review-comment" rows={3} value={comment} onChange={(event) => setComment(event.target.value)} className={controlClass} />
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={() => review.execute({ organizationId, assessmentId, event: "approve" })}>
              {t("approve")}
            </Button>
            <Button variant="secondary" disabled={busy || !comment.trim()} onClick={() => review.execute({ organizationId, assessmentId, event: "return", comment })}>
              {t("return")}
            </Button>
          </div>
        </div>
      )}
      {status === "APPROVED" && (
        <Button variant="secondary" disabled={busy} onClick={() => reopen.execute({ organizationId, assessmentId })}>
          {t("reopen")}
        </Button>
      )}
    </div>
  );
}
