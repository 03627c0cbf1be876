// Who changed what and when, for owners and assessors; downloadable as CSV.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Download } from "lucide-react";
import { AuditTable } from "@/components/audit/audit-table";
import { Card, CardTitle } from "@/components/ui/card";
import { NoAccess } from "@/components/ui/no-access";
import { requirePageMembership } from "@/lib/authz/page-membership";
import { can } from "@/lib/authz/roles";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizationNav", "audit");

export default async function AuditPage({ params }: PageProps<"/[locale]/orgs/[orgId]/audit">) {
  const { locale, orgId } = await params;
  setRequestLocale(locale);
  const membership = await requirePageMembership(orgId, `/orgs/${orgId}/audit`);
  if (!can(membership.role, "audit.read")) return <NoAccess />;
  const [entries, t] = await Promise.all([listAuditLog(membership), getTranslations("audit")]);
  return (
    <Card className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <CardTitle>{t("title")}</CardTitle>
        <a
          href={`/api/orgs/${orgId}/audit-log`}
          download
          className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-700"
        >
          <Download aria-hidden className="size-4" />
          {t("download")}
        </a>
      </div>
      <AuditTable entries={entries} />
    </Card>
  );
}
