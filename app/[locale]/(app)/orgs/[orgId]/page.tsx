// An organization's overview: its results over time and across its parts, its profile, its team,
// and recent activity.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AuditTable } from "@/components/audit/audit-table";
import { Card, CardTitle } from "@/components/ui/card";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can, PERMISSIONS, type TPermission } from "@/lib/authz/roles";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { Link } from "@/lib/i18n/navigation";
import { getOrganization } from "@/lib/organizations/get-organization";
import { getPortfolio } from "@/lib/portfolio/get-portfolio";
import { PortfolioSection } from "@/components/results/portfolio-section";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizationNav", "overview");

export default async function OrganizationOverviewPage({ params }: PageProps<"/[locale]/orgs/[orgId]">) {
  const { locale, orgId } = await params;
  setRequestLocale(locale);
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}`);
  const showActivity = can(membership.role, "audit.read");
  // Contributors see results per assessment, where the assessor allows it; not the whole portfolio.
  const showResults = can(membership.role, "results.read") && membership.role !== "CONTRIBUTOR";
  const [organization, portfolio, activity, t, tOrg, tPermissions, format] = await Promise.all([
    getOrganization(membership),
    showResults ? getPortfolio(membership) : null,
    showActivity ? listAuditLog(membership, { take: 8 }) : Promise.resolve([]),
    getTranslations("overview"),
    getTranslations("organization"),
    getTranslations("permissions"),
    getFormatter(),
  ]);
  const granted = (Object.keys(PERMISSIONS) as TPermission[]).filter((permission) => can(membership.role, permission));

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {portfolio && <PortfolioSection organizationId={orgId} trend={portfolio.trend} units={portfolio.units} locale={locale} />}
      <Card className="space-y-4 lg:col-span-2">
        <CardTitle>{t("profile")}</CardTitle>
        <dl className="grid gap-4 sm:grid-cols-2">
          {[
            [tOrg("kind"), tOrg(`kinds.${organization.kind}`)],
            [tOrg("sector"), tOrg(`sectors.${organization.sector as "OTHER"}`)],
            [tOrg("sizeBand"), tOrg(`sizeBands.${organization.sizeBand}`)],
            [t("since"), format.dateTime(organization.createdAt, { dateStyle: "long" })],
          ].map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{term}</dt>
              <dd className="mt-1 text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card className="space-y-3">
        <CardTitle>{t("team")}</CardTitle>
        <p className="text-3xl font-semibold text-brand-800">{organization.memberCount}</p>
        <p className="text-sm text-slate-700">{t("members", { count: organization.memberCount })}</p>
        {organization.pendingInvitations > 0 && <p className="text-sm text-slate-700">{t("pending", { count: organization.pendingInvitations })}</p>}
        <Link href={`/orgs/${orgId}/members`} className="text-sm font-medium text-brand-700 underline">
          {t("manageMembers")}
        </Link>
      </Card>
      <Card className="space-y-3 lg:col-span-1">
        <CardTitle>{t("yourAccess")}</CardTitle>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {granted.map((permission) => (
            <li key={permission}>{tPermissions(permission)}</li>
          ))}
        </ul>
      </Card>
      {showActivity && (
        <Card className="space-y-3 lg:col-span-2">
          <CardTitle>{t("recentActivity")}</CardTitle>
          <AuditTable entries={activity} />
        </Card>
      )}
    </div>
  );
}
