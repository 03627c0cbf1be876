// The ten gaps that matter most, highest priority first, each with the questionnaire's steps to
// close it and who usually does them.
import { getFormatter, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { TPrioritizedGap } from "@/lib/results/prioritized-gaps";

export async function TopGapsList({ gaps, titles, locale }: { gaps: TPrioritizedGap[]; titles: Record<string, string>; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const one = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  return (
    <ol className="space-y-4">
      {gaps.map((gap) => (
        <li key={gap.questionKey} data-gap={gap.questionKey} className="rounded-md border border-slate-200 p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {gap.rank}. {titles[gap.domain]}
          </p>
          <p className="mt-1 font-medium text-slate-900">{localized(gap.questionText, locale)}</p>
          <p className="mt-1 text-sm text-slate-700">
            {t("gapLine", { level: gap.level, needed: gap.levelToReachTarget, priority: one(gap.priority), gap: one(gap.gap), weight: gap.weight, risk: one(gap.riskFactor) })}
          </p>
          <p className="mt-2 text-sm font-medium text-slate-800">{t("steps")}</p>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm text-slate-800">
            {gap.steps.map((step) => (
              <li key={step.fromLevel}>
                {localized(step.text, locale)}{" "}
                <span className="text-xs text-slate-600">
                  ({t(`ownerRoles.${step.ownerRole}` as never)}, {t(`effort.${step.effort}`)})
                </span>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
