"use client";
// One remediation action's owner, due date, status, reason and notes. Assessors and owners edit
// everything; the action's owner edits status, reason and notes; everyone else reads.
import { zodResolver } from "@hookform/resolvers/zod";
import { useAction } from "next-safe-action/hooks";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input, Select, controlClass } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { updateRemediationActionAction } from "@/lib/actions/results";
import { useRouter } from "@/lib/i18n/navigation";
import { REMEDIATION_STATUSES, ZActionFields, type TActionFields } from "@/lib/validation/results";

/** "read" renders the form disabled; pages show ActionSummary instead where nothing is editable. */
export type TActionFormMode = "manage" | "own" | "read";
type TValues = Required<TActionFields>;

type TProps = {
  organizationId: string;
  assessmentId: string;
  action: { id: string; version: number } & TValues;
  members: { id: string; name: string }[];
  mode: TActionFormMode;
};

const OWN_FIELDS = ["status", "riskAcceptedReason", "notes"] as const;

export function ActionForm({ organizationId, assessmentId, action, members, mode }: TProps) {
  const t = useTranslations("plan");
  const message = useMessageKey();
  const router = useRouter();
  const [version, setVersion] = useState(action.version);
  const form = useForm<TValues>({ resolver: zodResolver(ZActionFields) as never, defaultValues: action });
  const status = useWatch({ control: form.control, name: "status" });
  const save = useAction(updateRemediationActionAction, {
    onSuccess: ({ data }) => {
      if (data) setVersion(data.version);
      form.reset(form.getValues());
      router.refresh();
    },
  });
  const readOnly = mode === "read";
  const id = (field: string) => `action-${action.id}-${field}`;
  const error = (field: keyof TValues) => form.formState.errors[field]?.message;

  const onSubmit = form.handleSubmit((values) => {
    // Send only what this role may change, so nothing else is touched.
    const fields = mode === "manage" ? values : Object.fromEntries(OWN_FIELDS.map((field) => [field, values[field]]));
    save.execute({ organizationId, assessmentId, actionId: action.id, version, fields });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
      <div className="space-y-1">
        <label htmlFor={id("owner")} className="block text-xs font-medium text-slate-800">
          {t("owner")}
        </label>
        <Select id={id("owner")} className="h-9" disabled={mode !== "manage"} {...form.register("ownerId", { setValueAs: (value: string) => value || null })}>
          <option value="">{t("noOwner")}</option>
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor={id("due")} className="block text-xs font-medium text-slate-800">
          {t("dueDate")}
        </label>
        <Input id={id("due")} type="date" className="h-9" disabled={mode !== "manage"} aria-invalid={error("dueDate") ? true : undefined} {...form.register("dueDate")} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("status")} className="block text-xs font-medium text-slate-800">
          {t("status")}
        </label>
        <Select id={id("status")} className="h-9" disabled={readOnly} {...form.register("status")}>
          {REMEDIATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`statuses.${value}`)}
            </option>
          ))}
        </Select>
      </div>
      {status === "RISK_ACCEPTED" && (
        <div className="space-y-1">
          <label htmlFor={id("reason")} className="block text-xs font-medium text-slate-800">
            {t("riskAcceptedReason")}
          </label>
          <Input id={id("reason")} className="h-9" disabled={readOnly} aria-invalid={error("riskAcceptedReason") ? true : undefined} aria-describedby={error("riskAcceptedReason") ? id("reason-error") : undefined} {...form.register("riskAcceptedReason")} />
          {error("riskAcceptedReason") && (
            <p id={id("reason-error")} role="alert" className="text-xs text-red-700">
              {message(error("riskAcceptedReason"))}
            </p>
          )}
        </div>
      )}
      <div className="space-y-1 sm:col-span-2 lg:col-span-4">
        <label htmlFor={id("notes")} className="block text-xs font-medium text-slate-800">
          {t("notes")}
        </label>
        <textarea id={id("notes")} rows={2} disabled={readOnly} className={controlClass} {...form.register("notes")} />
      </div>
      {!readOnly && (
        <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-4">
          <Button type="submit" size="sm" disabled={save.isPending || !form.formState.isDirty}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
          <span role="status" aria-live="polite" className="text-xs text-slate-700">
            {save.hasSucceeded && !form.formState.isDirty ? t("saved") : ""}
          </span>
          {save.result.serverError && (
            <p role="alert" className="text-xs text-red-700">
              {message(save.result.serverError)}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
