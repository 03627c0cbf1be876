// The dashboard's table of domains: score (with how it was computed), target (adjustable by
// assessors), last time, gap, coverage and light. It is also the charts' text equivalent.
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import type { TAssessmentScore } from "@/lib/scoring/types";
import type { TDomainRow } from "@/lib/results/domain-rows";
import { shownGap, shownScore } from "@/lib/results/shown-score";
import { DomainExplanation } from "./domain-explanation";
import { LightBadge } from "./light-badge";
import { TargetForm } from "./target-form";

type TProps = {
  score: TAssessmentScore;
  rows: TDomainRow[];
  questionnaire: TQuestionnaire;
  locale: string;
  overrideBy: Map<string, string>;
  /** Present when the caller may adjust targets. */
  targetEditing: { organizationId: string; assessmentId: string } | null;
};

export async function DomainScoreTable({ score, rows, questionnaire, locale, overrideBy, targetEditing }: TProps) {
  const [t, tScorecard] = await Promise.all([getTranslations("dashboard"), getTranslations("scorecard")]);
  const whole = (value: number | null) => (value === null ? "—" : String(shownScore(value)));
  const columns = ["domain", "score", "target", "previous", "gap", "coverage", "status"] as const;
  return (
    <Table caption={t("domainsCaption")} headers={columns.map((column) => t(`columns.${column}`))} density="padded">
      {rows.map((row, index) => {
        const domain = score.domains[index]!;
        return (
          <tr key={row.key} data-domain={row.key} className="align-top">
            <th scope="row" className="px-4 py-3 text-left font-medium text-slate-900">
              {index + 1}. {row.title}
            </th>
            <td className="min-w-64">
              <details>
                <summary className="cursor-pointer font-semibold text-brand-800 underline decoration-dotted underline-offset-4" data-testid={`domain-score-${row.key}`}>
                  {whole(row.score)}
                </summary>
                <DomainExplanation domain={domain} content={questionnaire.domains[index]!} number={index + 1} locale={locale} overrideBy={overrideBy.get(row.key) ?? null} />
              </details>
            </td>
            <td className="min-w-44">
              {t("targetValue", { level: row.targetLevel, score: row.targetScore })}
              {targetEditing && (
                <details className="mt-1">
                  <summary className="cursor-pointer text-xs text-brand-700 underline">{t("adjustTarget")}</summary>
                  <TargetForm
                    {...targetEditing}
                    domain={row.key}
                    domainTitle={row.title}
                    profileLevel={domain.target.profileLevel}
                    override={domain.target.override ? { level: domain.target.override.level, reason: domain.target.override.reason } : null}
                  />
                </details>
              )}
            </td>
            <td>{whole(row.previousScore)}</td>
            <td>{row.gapPoints === null ? "—" : shownGap(row.gapPoints)}</td>
            <td>{row.coveragePercent === null ? "—" : `${whole(row.coveragePercent)}%`}</td>
            <td>
              <LightBadge light={row.light} label={tScorecard(`lights.${row.light}`)} />
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
