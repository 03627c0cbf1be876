"use client";
// Assessors add actions for the gaps as they stand, before approval makes the plan final.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useMessageKey } from "@/components/ui/use-message-key";
import { draftPlanAction } from "@/lib/actions/results";
import { useRouter } from "@/lib/i18n/navigation";

export function DraftPlanButton({ organizationId, assessmentId }: { organizationId: string; assessmentId: string }) {
  const t = useTranslations("plan");
  const message = useMessageKey();
  const router = useRouter();
  const { execute, isPending, result } = useAction(draftPlanAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" disabled={isPending} onClick={() => execute({ organizationId, assessmentId })}>
        {t("draft")}
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-slate-700">
        {result.data ? t("drafted", { count: result.data.created }) : ""}
      </span>
      {result.serverError && (
        <p role="alert" className="text-sm text-red-700">
          {message(result.serverError)}
        </p>
      )}
    </div>
  );
}
