"use client";
// Starts an assessment: which questionnaire, a title, an optional due date.
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { startAssessmentAction } from "@/lib/actions/assessments";
import { useRouter } from "@/lib/i18n/navigation";
import { ZStartAssessmentInput } from "@/lib/validation/assessment";

type TOption = { key: "corporate" | "university"; title: string };

type TProps = { organizationId: string; options: TOption[]; defaultKey: TOption["key"]; defaultTitle: string; unitNames: string[] };

export function StartAssessmentForm({ organizationId, options, defaultKey, defaultTitle, unitNames }: TProps) {
  const t = useTranslations("assessments");
  const message = useMessageKey();
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(startAssessmentAction, zodResolver(ZStartAssessmentInput), {
    formProps: { defaultValues: { organizationId, questionnaireKey: defaultKey, title: defaultTitle, dueDate: "", orgUnitName: "" } },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/orgs/${organizationId}/assessments/${data.id}`) },
  });
  const { errors } = form.formState;
  const busy = action.isPending || action.hasSucceeded;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {action.result.serverError && <Alert tone="error">{message(action.result.serverError)}</Alert>}
      <input type="hidden" {...form.register("organizationId")} />
      <Field id="questionnaireKey" label={t("questionnaire")} error={message(errors.questionnaireKey?.message)}>
        <Select {...form.register("questionnaireKey")}>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="title" label={t("assessmentTitle")} error={message(errors.title?.message)}>
        <Input {...form.register("title")} />
      </Field>
      <Field id="orgUnitName" label={t("orgUnit")} hint={t("orgUnitHint")} error={message(errors.orgUnitName?.message)}>
        <Input list="org-unit-names" autoComplete="off" {...form.register("orgUnitName")} />
      </Field>
      <datalist id="org-unit-names">
        {unitNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Field id="dueDate" label={t("dueDate")} hint={t("dueDateHint")} error={message(errors.dueDate?.message)}>
        <Input type="date" {...form.register("dueDate")} />
      </Field>
      <Button type="submit" disabled={busy}>
        {busy ? t("starting") : t("start")}
      </Button>
    </form>
  );
}
