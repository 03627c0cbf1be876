// How one domain's score, target and risk factor come about: every question's contribution,
// the sums, and the profile rules (or the hand-set reason) behind the target; assessors adjust
// the target here.
import { getFormatter, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { TQuestionnaireDomain } from "@/lib/questionnaires/questionnaire";
import type { TDomainScore } from "@/lib/scoring/types";
import { TargetForm } from "./lazy-target-form";

type TProps = {
  domain: TDomainScore;
  content: TQuestionnaireDomain;
  number: number;
  locale: string;
  overrideBy: string | null;
  /** Present when the caller may adjust the target. */
  targetEditing: { organizationId: string; assessmentId: string } | null;
};

export async function DomainExplanation({ domain, content, number, locale, overrideBy, targetEditing }: TProps) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const one = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const texts = new Map(content.questions.map((question, index) => [question.key, `${number}.${index + 1} ${localized(question.text, locale)}`]));
  const { target } = domain;
  const reasons = target.rules.map((rule) => t(`rules.${rule}` as never)).join(locale === "ja" ? "／" : "; ");
  return (
    <div className="space-y-3 text-sm text-slate-800">
      <h3 className="font-semibold text-slate-900">{t("explanationTitle", { domain: `${number}. ${localized(content.title, locale)}` })}</h3>
      <p>{t("domainFormula")}</p>
      <ol className="space-y-1">
        {domain.questions.map((row) => (
          <li key={row.key} className="flex gap-2">
            <span className="line-clamp-2 flex-1">{texts.get(row.key)}</span>
            <span className="shrink-0 whitespace-nowrap text-slate-700">
              {row.status === "scored"
                ? `${t("questionColumns.weight")} ${row.weight} × ${t("levelOf", { level: row.level!, max: row.maxLevel })} → ${one(row.weight * row.fraction!)}`
                : t(`questionStatus.${row.status}`)}
            </span>
          </li>
        ))}
      </ol>
      {domain.score !== null && <p className="font-medium">{t("domainWorked", { sum: one(domain.weightedSum), weights: domain.weightTotal, score: one(domain.score) })}</p>}
      <p>
        {target.source === "override" && target.override
          ? t("targetOverride", { level: target.level, name: overrideBy ?? "—", reason: target.override.reason, profileLevel: target.profileLevel })
          : t("targetFromProfile", { level: target.level })}{" "}
        {target.rules.length > 0 ? t("raisedBecause", { reasons }) : t("targetBase")} {t("riskFactor", { factor: one(domain.risk.factor) })}
      </p>
      {targetEditing && (
        <TargetForm
          {...targetEditing}
          domain={domain.domain}
          domainTitle={`${number}. ${localized(content.title, locale)}`}
          profileLevel={target.profileLevel}
          override={target.override ? { level: target.override.level, reason: target.override.reason } : null}
        />
      )}
    </div>
  );
}
