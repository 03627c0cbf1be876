// The dashboard's table of domains: score, target, last time, gap, coverage and light. It is also
// the charts' text equivalent. A score links to the explanation of that domain.
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import { Link } from "@/lib/i18n/navigation";
import type { TDomainRow } from "@/lib/results/domain-rows";
import { shownGap, shownScore } from "@/lib/results/shown-score";
import { LightBadge } from "./light-badge";

export async function DomainScoreTable({ rows, basePath, explained }: { rows: TDomainRow[]; basePath: string; explained: string | null }) {
  const [t, tScorecard] = await Promise.all([getTranslations("dashboard"), getTranslations("scorecard")]);
  const whole = (value: number | null) => (value === null ? "—" : String(shownScore(value)));
  const columns = ["domain", "score", "target", "previous", "gap", "coverage", "status"] as const;
  return (
    <Table caption={t("domainsCaption")} headers={columns.map((column) => t(`columns.${column}`))} density="padded">
      {rows.map((row, index) => (
        <tr key={row.key} data-domain={row.key} className={explained === row.key ? "bg-brand-50" : undefined}>
          <th scope="row" className="px-4 py-3 text-left font-medium text-slate-900">
            {index + 1}. {row.title}
          </th>
          <td>
            <Link
              href={`${basePath}?explain=${row.key}#explanation`}
              scroll={false}
              aria-label={t("explainScore", { domain: row.title, score: whole(row.score) })}
              aria-current={explained === row.key ? "true" : undefined}
              className="font-semibold text-brand-800 underline decoration-dotted underline-offset-4"
              data-testid={`domain-score-${row.key}`}
            >
              {whole(row.score)}
            </Link>
          </td>
          <td>{t("targetValue", { level: row.targetLevel, score: row.targetScore })}</td>
          <td>{whole(row.previousScore)}</td>
          <td>{row.gapPoints === null ? "—" : shownGap(row.gapPoints)}</td>
          <td>{row.coveragePercent === null ? "—" : `${whole(row.coveragePercent)}%`}</td>
          <td>
            <LightBadge light={row.light} label={tScorecard(`lights.${row.light}`)} />
          </td>
        </tr>
      ))}
    </Table>
  );
}
