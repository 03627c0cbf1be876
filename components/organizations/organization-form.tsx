"use client";
// Create an organization, or edit its profile: the same fields, the same zod schema as the server.
import { zodResolver } from "@hookform/resolvers/zod";
import { useHookFormAction } from "@next-safe-action/adapter-react-hook-form/hooks";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useMessageKey } from "@/components/ui/use-message-key";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import { useRouter } from "@/lib/i18n/navigation";
import {
  ORGANIZATION_KINDS,
  SECTORS,
  SIZE_BANDS,
  ZCreateOrganizationInput,
  ZUpdateOrganizationInput,
  type TOrganizationProfile,
} from "@/lib/validation/organization";

type TFieldsProps = { register: ReturnType<typeof useHookFormAction>["form"]["register"]; errors: Record<string, { message?: string } | undefined> };

function ProfileFields({ register, errors }: TFieldsProps) {
  const t = useTranslations("organization");
  const message = useMessageKey();
  return (
    <>
      <Field id="name" label={t("name")} error={message(errors.name?.message)}>
        <Input autoComplete="organization" {...register("name")} />
      </Field>
      <Field id="kind" label={t("kind")} error={message(errors.kind?.message)}>
        <Select {...register("kind")}>
          {ORGANIZATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="sector" label={t("sector")} error={message(errors.sector?.message)}>
        <Select {...register("sector")}>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {t(`sectors.${sector}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="sizeBand" label={t("sizeBand")} error={message(errors.sizeBand?.message)}>
        <Select {...register("sizeBand")}>
          {SIZE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`sizeBands.${band}`)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

const EMPTY_PROFILE: TOrganizationProfile = { name: "", kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "FROM_100_TO_999" };

export function CreateOrganizationForm() {
  const t = useTranslations("organization");
  const message = useMessageKey();
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(createOrganizationAction, zodResolver(ZCreateOrganizationInput), {
    formProps: { defaultValues: EMPTY_PROFILE },
    actionProps: { onSuccess: ({ data }) => data && router.push(`/orgs/${data.id}`) },
  });
  const busy = action.isPending || action.hasSucceeded;
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {action.result.serverError && <Alert tone="error">{message(action.result.serverError)}</Alert>}
      <ProfileFields register={form.register as TFieldsProps["register"]} errors={form.formState.errors} />
      <Button type="submit" disabled={busy}>
        {busy ? t("creating") : t("create")}
      </Button>
    </form>
  );
}

export function EditOrganizationForm({ organizationId, profile }: { organizationId: string; profile: TOrganizationProfile }) {
  const t = useTranslations("organization");
  const message = useMessageKey();
  const router = useRouter();
  const { form, action, handleSubmitWithAction } = useHookFormAction(updateOrganizationAction, zodResolver(ZUpdateOrganizationInput), {
    formProps: { defaultValues: { ...profile, organizationId } },
    actionProps: { onSuccess: () => router.refresh() },
  });
  return (
    <form onSubmit={handleSubmitWithAction} noValidate className="space-y-4">
      {action.result.serverError && <Alert tone="error">{message(action.result.serverError)}</Alert>}
      {action.hasSucceeded && <Alert tone="success">{t("saved")}</Alert>}
      <input type="hidden" {...form.register("organizationId")} />
      <ProfileFields register={form.register as TFieldsProps["register"]} errors={form.formState.errors} />
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
