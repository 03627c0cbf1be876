// Owners edit the organization's profile.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EditOrganizationForm } from "@/components/organizations/organization-form";
import { Card, CardTitle } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can } from "@/lib/authz/roles";
import { getOrganization } from "@/lib/organizations/get-organization";
import type { TOrganizationProfile } from "@/lib/validation/organization";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizationNav", "settings");

export default async function SettingsPage({ params }: PageProps<"/[locale]/orgs/[orgId]/settings">) {
  const { locale, orgId } = await params;
  setRequestLocale(locale);
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}/settings`);
  if (!can(membership.role, "organization.update")) return <NoAccess />;
  const [organization, t] = await Promise.all([getOrganization(membership), getTranslations("settings")]);
  const profile = { name: organization.name, kind: organization.kind, sector: organization.sector, sizeBand: organization.sizeBand } as TOrganizationProfile;
  return (
    <Card className="max-w-xl space-y-4">
      <CardTitle>{t("title")}</CardTitle>
      <EditOrganizationForm organizationId={orgId} profile={profile} />
    </Card>
  );
}
