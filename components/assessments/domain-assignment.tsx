"use client";
// Who answers a domain: assessors and owners pick a member who may answer.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { assignDomainAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";
import type { TDomainKey } from "@/lib/questionnaires/schema";

export function DomainAssignment({ organizationId, assessmentId, domain, domainTitle, assigneeId, members }: { organizationId: string; assessmentId: string; domain: TDomainKey; domainTitle: string; assigneeId: string | null; members: { id: string; name: string }[] }) {
  const t = useTranslations("assessments");
  const message = useMessageKey();
  const router = useRouter();
  const { execute, isPending, result } = useAction(assignDomainAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <Select
        aria-label={t("assigneeOf", { domain: domainTitle })}
        defaultValue={assigneeId ?? ""}
        disabled={isPending}
        className="h-9 w-48"
        onChange={(event) => execute({ organizationId, assessmentId, domain, assigneeId: event.target.value || null })}
      >
        <option value="">{t("unassigned")}</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </Select>
      {result.serverError && (
        <p role="alert" className="text-xs text-red-700">
          {message(result.serverError)}
        </p>
      )}
    </div>
  );
}
