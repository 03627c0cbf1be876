import { getTranslations, setRequestLocale } from "next-intl/server";
import { CreateOrganizationForm } from "@/components/organizations/organization-form";
import { Card } from "@/components/ui/card";
import { requireSessionUser } from "@/lib/auth/session";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizations", "create");

export default async function NewOrganizationPage({ params }: PageProps<"/[locale]/orgs/new">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireSessionUser("/orgs/new");
  const t = await getTranslations("organizations");
  return (
    <Card className="mx-auto max-w-xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("create")}</h1>
        <p className="text-sm text-slate-700">{t("createHint")}</p>
      </div>
      <CreateOrganizationForm />
    </Card>
  );
}
