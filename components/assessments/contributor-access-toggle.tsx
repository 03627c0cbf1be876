"use client";
// Lets assessors open every domain to contributors for reading.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useMessageKey } from "@/components/ui/use-message-key";
import { setContributorAccessAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";

export function ContributorAccessToggle({ organizationId, assessmentId, readAll }: { organizationId: string; assessmentId: string; readAll: boolean }) {
  const t = useTranslations("assessments");
  const message = useMessageKey();
  const router = useRouter();
  const { execute, isPending, result } = useAction(setContributorAccessAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" defaultChecked={readAll} disabled={isPending} onChange={(event) => execute({ organizationId, assessmentId, readAll: event.target.checked })} className="accent-brand-700" />
        {t("contributorsReadAll")}
      </label>
      {result.serverError && (
        <p role="alert" className="text-xs text-red-700">
          {message(result.serverError)}
        </p>
      )}
    </div>
  );
}
