// The organization overview's results: the score trend over time and a comparison of the parts
// of the organization, each chart with its table.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { DOMAINS } from "@/lib/questionnaires/domains";
import { DOMAIN_KEYS } from "@/lib/questionnaires/schema";
import type { TUnitResult, TTrendPoint } from "@/lib/portfolio/get-portfolio";
import { trendRows, WHOLE_ORGANIZATION } from "@/lib/portfolio/trend-series";
import { shownScore } from "@/lib/results/shown-score";
import { TrendChart } from "./charts";

/** Cell shading by score band, with the number always shown. */
function band(score: number | null): string {
  if (score === null) return "bg-slate-50 text-slate-600";
  if (score >= 75) return "bg-emerald-50 text-emerald-900";
  if (score >= 50) return "bg-amber-50 text-amber-900";
  return "bg-red-50 text-red-900";
}

export async function PortfolioSection({ organizationId, trend, units, locale }: { organizationId: string; trend: TTrendPoint[]; units: TUnitResult[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("portfolio"), getFormatter()]);
  if (units.length === 0) {
    return (
      <Card>
        <p className="text-sm text-slate-700">{t("empty")}</p>
      </Card>
    );
  }
  const whole = (value: number | null) => (value === null ? "—" : String(shownScore(value)));
  const unitNames = new Map(units.map((unit) => [unit.orgUnitId ?? WHOLE_ORGANIZATION, unit.unitName ?? t("whole")]));
  const { series, rows } = trendRows(trend);
  const monthLabel = (month: string) => format.dateTime(new Date(`${month}-15T00:00:00+09:00`), { year: "numeric", month: "short" });
  const chartSeries = series.map((key) => ({ key, name: unitNames.get(key) ?? key }));

  return (
    <div className="space-y-6 lg:col-span-3">
      <Card className="space-y-3">
        <CardTitle>{t("trendTitle")}</CardTitle>
        <p className="text-sm text-slate-700">{t("trendIntro")}</p>
        <TrendChart rows={rows.map((row) => ({ ...row, label: monthLabel(row.month) }))} series={chartSeries} />
        <Table caption={t("trendCaption")} headers={[t("month"), ...chartSeries.map((line) => line.name)]}>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {monthLabel(row.month)}
              </th>
              {series.map((key) => (
                <td key={key}>{whole((row[key] as number | null | undefined) ?? null)}</td>
              ))}
            </tr>
          ))}
        </Table>
      </Card>
      <Card className="space-y-3">
        <CardTitle>{t("unitsTitle")}</CardTitle>
        <p className="text-sm text-slate-700">{t("unitsIntro")}</p>
        <Table caption={t("unitsCaption")} headers={[t("unit"), t("assessment"), t("approved"), t("overall"), ...DOMAIN_KEYS.map((key, index) => <abbr key={key} title={localized(DOMAINS[key].title, locale)}>{index + 1}</abbr>)]}>
          {units.map((unit) => (
            <tr key={unit.orgUnitId ?? WHOLE_ORGANIZATION}>
              <th scope="row" className="py-2 pr-4 text-left font-medium">
                {unit.unitName ?? t("whole")}
              </th>
              <td>
                <Link href={`/orgs/${organizationId}/assessments/${unit.assessmentId}/dashboard`} className="text-brand-700 underline">
                  {unit.title}
                </Link>
              </td>
              <td className="whitespace-nowrap">{format.dateTime(unit.approvedAt, { dateStyle: "medium" })}</td>
              <td className="font-semibold">
                {whole(unit.score)} {unit.grade && <span className="text-xs text-slate-600">({unit.grade})</span>}
              </td>
              {DOMAIN_KEYS.map((key) => (
                <td key={key} className={cn("text-center tabular-nums", band(unit.domains[key] ?? null))}>
                  {whole(unit.domains[key] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </Table>
        <p className="text-xs text-slate-600">{DOMAIN_KEYS.map((key, index) => `${index + 1}. ${localized(DOMAINS[key].title, locale)}`).join("　")}</p>
      </Card>
    </div>
  );
}
