// An organization's pages: its name, the caller's role, and the tabs that role may open.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { OrganizationNav, type TOrganizationTab } from "@/components/organizations/organization-nav";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can } from "@/lib/authz/roles";

export default async function OrganizationLayout({ children, params }: LayoutProps<"/[locale]/orgs/[orgId]">) {
  const { orgId } = await params;
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}`);
  const [tRoles, tOrg] = await Promise.all([getTranslations("roles"), getTranslations("organization")]);
  const tabs: TOrganizationTab[] = ["overview", "assessments", "members"];
  if (can(membership.role, "organization.update")) tabs.push("settings");
  if (can(membership.role, "audit.read")) tabs.push("audit");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{membership.organization.name}</h1>
        <Badge>{tOrg(`kinds.${membership.organization.kind}`)}</Badge>
        <Badge className="bg-brand-50 text-brand-800">{tRoles(`${membership.role}.name`)}</Badge>
      </div>
      <OrganizationNav organizationId={orgId} tabs={tabs} />
      {children}
    </div>
  );
}
