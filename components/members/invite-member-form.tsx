"use client";
// Invites someone by email. Without a mail server the single-use link is shown here to pass on.
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { inviteMemberAction } from "@/lib/actions/members";
import { ROLES } from "@/lib/authz/roles";
import { useRouter } from "@/lib/i18n/navigation";
import { ZInviteMemberInput } from "@/lib/validation/member";

export function InviteMemberForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("members");
  const tRoles = useTranslations("roles");
  const message = useMessageKey();
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(inviteMemberAction, zodResolver(ZInviteMemberInput), {
    formProps: { defaultValues: { organizationId, email: "", role: "CONTRIBUTOR" } },
    actionProps: {
      onSuccess: () => {
        form.reset({ organizationId, email: "", role: form.getValues("role") });
        router.refresh();
      },
    },
  });
  const { errors } = form.formState;
  const sent = action.result.data;

  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {action.result.serverError && <Alert tone="error">{message(action.result.serverError)}</Alert>}
      {sent?.delivery === "mailed" && <Alert tone="success">{t("mailed")}</Alert>}
      {sent?.link && (
        <Alert tone="success" className="space-y-2">
          <p>{t("linkCreated")}</p>
          <label className="block text-xs font-medium" htmlFor="invitation-link">
            {t("linkLabel")}
          </label>
          <Input id="invitation-link" readOnly value={sent.link} data-testid="invitation-link" onFocus={(event) => event.currentTarget.select()} />
        </Alert>
      )}
      <input type="hidden" {...form.register("organizationId")} />
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <Field id="invite-email" label={t("email")} error={message(errors.email?.message)}>
          <Input type="email" autoComplete="off" {...form.register("email")} />
        </Field>
        <Field id="invite-role" label={t("role")} error={message(errors.role?.message)}>
          <Select {...form.register("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tRoles(`${role}.name`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? t("inviting") : t("invite")}
      </Button>
    </form>
  );
}
