// The dashboard's headline: overall score and grade, how much is answered, last time, and how
// the overall score is computed.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { shownScore } from "@/lib/results/shown-score";
import type { TAssessmentScore } from "@/lib/scoring/types";

type TProps = { score: TAssessmentScore; titles: Record<string, string>; previous: { title: string; overallScore: number | null } | null };

export async function OverallSummary({ score, titles, previous }: TProps) {
  const [t, format] = await Promise.all([getTranslations("dashboard"), getFormatter()]);
  const { overall } = score;
  const one = (value: number) => format.number(value, { maximumFractionDigits: 2 });
  const weightedSum = overall.contributions.reduce((sum, contribution) => sum + contribution.weight * contribution.score, 0);
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Card className="space-y-2">
        <h3 className="text-sm font-medium text-slate-700">{t("overall")}</h3>
        {overall.score === null ? (
          <p className="text-sm text-slate-700">{t("noScore")}</p>
        ) : (
          <details className="group">
            <summary className="cursor-pointer list-none">
              <span className="text-4xl font-semibold text-brand-800" data-testid="overall-score">
                {shownScore(overall.score)}
              </span>
              <span className="ml-3 rounded bg-brand-50 px-2 py-1 text-sm font-semibold text-brand-800">{t("grade", { grade: overall.grade! })}</span>
              <span className="mt-1 block text-xs text-brand-700 underline">{t("howComputed")}</span>
            </summary>
            <div className="mt-3 space-y-2 text-xs text-slate-800">
              <p>{t("overallFormula")}</p>
              <ul className="space-y-0.5">
                {overall.contributions.map((contribution) => (
                  <li key={contribution.domain}>
                    {titles[contribution.domain]}: {one(contribution.weight)} × {one(contribution.score)}
                  </li>
                ))}
              </ul>
              <p className="font-medium">{t("overallWorked", { sum: one(weightedSum), weights: one(overall.weightTotal), score: one(overall.score) })}</p>
              <p>{t("gradeBands")}</p>
            </div>
          </details>
        )}
      </Card>
      <Card className="space-y-2">
        <h3 className="text-sm font-medium text-slate-700">{t("coverage")}</h3>
        <p className="text-2xl font-semibold text-slate-900">{shownScore(overall.coverage.percent ?? 0)}%</p>
        <p className="text-sm text-slate-700">{t("coverageValue", { answered: overall.coverage.answered, applicable: overall.coverage.applicable, percent: shownScore(overall.coverage.percent ?? 0)! })}</p>
        <p className="text-xs text-slate-600">{t("unanswered", { count: overall.coverage.unanswered })}</p>
      </Card>
      <Card className="space-y-2">
        <h3 className="text-sm font-medium text-slate-700">{t("previous")}</h3>
        {previous && previous.overallScore !== null ? (
          <p className="text-sm text-slate-800">{t("previousValue", { score: shownScore(previous.overallScore)!, title: previous.title })}</p>
        ) : (
          <p className="text-sm text-slate-700">{t("noPrevious")}</p>
        )}
      </Card>
    </div>
  );
}
