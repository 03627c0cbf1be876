"use client";
// Assessors adjust a domain's target level with a reason, or return it to the profile's.
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { setDomainTargetAction } from "@/lib/actions/results";
import { useRouter } from "@/lib/i18n/navigation";
import type { TDomainKey } from "@/lib/questionnaires/schema";
import { ZSetDomainTargetInput } from "@/lib/validation/results";

type TProps = { organizationId: string; assessmentId: string; domain: TDomainKey; domainTitle: string; override: { level: number; reason: string } | null; profileLevel: number };

export function TargetForm({ organizationId, assessmentId, domain, domainTitle, override, profileLevel }: TProps) {
  const t = useTranslations("dashboard");
  const message = useMessageKey();
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(setDomainTargetAction, zodResolver(ZSetDomainTargetInput), {
    formProps: { defaultValues: { organizationId, assessmentId, domain, targetLevel: override?.level ?? null, reason: override?.reason ?? "" } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  const { errors } = form.formState;
  const idBase = `target-${domain}`;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="mt-2 space-y-2 text-xs">
      <label htmlFor={`${idBase}-level`} className="block font-medium text-slate-800">
        {t("targetLevel", { domain: domainTitle })}
      </label>
      <Select id={`${idBase}-level`} className="h-8" {...form.register("targetLevel", { setValueAs: (value: string) => (value === "" ? null : Number(value)) })}>
        <option value="">{t("targetProfileOption", { level: profileLevel })}</option>
        {[1, 2, 3, 4].map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </Select>
      <label htmlFor={`${idBase}-reason`} className="block font-medium text-slate-800">
        {t("targetReason")}
      </label>
      <Input id={`${idBase}-reason`} className="h-8" aria-invalid={errors.reason ? true : undefined} aria-describedby={errors.reason ? `${idBase}-error` : undefined} {...form.register("reason")} />
      {(errors.reason || action.result.serverError) && (
        <p id={`${idBase}-error`} role="alert" className="text-red-700">
          {message(errors.reason?.message ?? action.result.serverError)}
        </p>
      )}
      <Button type="submit" size="sm" variant="secondary" disabled={action.isPending}>
        {t("saveTarget")}
      </Button>
      {action.hasSucceeded && !form.formState.isDirty && (
        <p role="status" className="text-emerald-800">
          {t("targetSaved")}
        </p>
      )}
    </form>
  );
}
