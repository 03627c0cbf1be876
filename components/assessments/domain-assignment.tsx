"use client";
// Who answers a domain and by when: assessors and owners pick a member who may answer and an
// optional due date. Renders the two table cells of a domain's row.
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Input, Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { assignDomainAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";
import type { TDomainKey } from "@/lib/questionnaires/schema";

type TProps = {
  organizationId: string;
  assessmentId: string;
  domain: TDomainKey;
  domainTitle: string;
  assigneeId: string | null;
  /** The due date as a date input's value ("" for none). */
  dueDate: string;
  members: { id: string; name: string }[];
};

export function DomainAssignment({ organizationId, assessmentId, domain, domainTitle, assigneeId, dueDate, members }: TProps) {
  const t = useTranslations("assessments");
  const status = useTranslations("answering.status");
  const message = useMessageKey();
  const router = useRouter();
  const [assignment, setAssignment] = useState({ assigneeId: assigneeId ?? "", dueDate });
  const { execute, isPending, hasSucceeded, result } = useAction(assignDomainAction, { onSuccess: () => router.refresh() });
  const error = result.serverError ?? result.validationErrors?.dueDate?._errors?.[0];

  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => void }>(undefined);

  /** Saves at once, or after a pause in typing (a date typed digit by digit passes through other valid dates). */
  function change(next: Partial<typeof assignment>, delay = 0) {
    const merged = { ...assignment, ...next };
    // Taking a domain back also clears its due date.
    if (!merged.assigneeId) merged.dueDate = "";
    setAssignment(merged);
    if (pending.current) clearTimeout(pending.current.timer);
    const save = () => {
      pending.current = undefined;
      execute({ organizationId, assessmentId, domain, assigneeId: merged.assigneeId || null, dueDate: merged.dueDate });
    };
    pending.current = { timer: setTimeout(save, delay), save };
  }

  function saveNow() {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.save();
  }

  return (
    <>
      <td>
        <Select aria-label={t("assigneeOf", { domain: domainTitle })} value={assignment.assigneeId} disabled={isPending} className="h-9 w-48" onChange={(event) => change({ assigneeId: event.target.value })}>
          <option value="">{t("unassigned")}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </Select>
      </td>
      <td>
        <Input
          type="date"
          aria-label={t("dueDateOf", { domain: domainTitle })}
          value={assignment.dueDate}
          disabled={isPending || !assignment.assigneeId}
          className="h-9 w-40"
          onChange={(event) => change({ dueDate: event.target.value }, 800)}
          onBlur={saveNow}
        />
        {error ? (
          <p role="alert" className="mt-1 text-xs text-red-700">
            {message(error)}
          </p>
        ) : (
          <p role="status" aria-live="polite" className="mt-1 h-4 text-xs text-slate-700" data-save-state={isPending ? "saving" : hasSucceeded ? "saved" : "idle"}>
            {isPending ? status("saving") : hasSucceeded ? status("saved") : ""}
          </p>
        )}
      </td>
    </>
  );
}
