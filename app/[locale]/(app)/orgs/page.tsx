// The organizations the user belongs to.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Building2, GraduationCap, Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { listUserOrganizations } from "@/lib/organizations/list-user-organizations";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("organizations", "title");

export default async function OrganizationsPage({ params }: PageProps<"/[locale]/orgs">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireSessionUser("/orgs");
  const [organizations, t, tRoles, tOrg] = await Promise.all([
    listUserOrganizations(user.id),
    getTranslations("organizations"),
    getTranslations("roles"),
    getTranslations("organization"),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-slate-700">{t("subtitle")}</p>
        </div>
        <Button asChild>
          <Link href="/orgs/new">
            <Plus aria-hidden className="size-4" />
            {t("create")}
          </Link>
        </Button>
      </div>
      {organizations.length === 0 ? (
        <Card className="text-center">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="mt-2 text-sm text-slate-700">{t("emptyBody")}</p>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {organizations.map((organization) => {
            const Icon = organization.kind === "UNIVERSITY" ? GraduationCap : Building2;
            return (
              <li key={organization.id}>
                <Link
                  href={`/orgs/${organization.id}`}
                  className="flex items-start gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-700"
                >
                  <Icon aria-hidden className="mt-0.5 size-6 text-brand-700" />
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-semibold text-slate-900">{organization.name}</p>
                    <p className="text-sm text-slate-700">
                      {tOrg(`kinds.${organization.kind}`)} · {tOrg(`sectors.${organization.sector as "OTHER"}`)}
                    </p>
                  </div>
                  <Badge>{tRoles(`${organization.role}.name`)}</Badge>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
