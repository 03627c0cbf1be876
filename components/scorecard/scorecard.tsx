// The executive scorecard as a page: the same view the PDF renders, readable in two minutes.
import { LightBadge } from "@/components/results/light-badge";
import { Table } from "@/components/ui/table";
import type { TScorecardView } from "@/lib/scorecard/scorecard-view";

const dash = (value: number | null) => (value === null ? "—" : String(value));

export function Scorecard({ view }: { view: TScorecardView }) {
  const { labels, overall, plan } = view;
  // "前回：36" in Japanese, "Last time: 36" in English.
  const separator = view.locale === "ja" ? "：" : ": ";
  return (
    <article className="space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none" aria-labelledby="scorecard-heading">
      <header className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{labels.heading}</p>
        <h3 id="scorecard-heading" className="text-xl font-semibold text-slate-900">
          {view.organizationName}
          {view.unitName && ` — ${view.unitName}`}
        </h3>
        <p className="text-sm text-slate-700">
          {view.assessmentTitle} · {view.questionnaireTitle}
        </p>
        <p className="text-sm text-slate-700">{view.statusLine}</p>
      </header>

      <section aria-label={labels.overall} className="flex flex-wrap items-center gap-6 rounded-md bg-slate-50 p-4">
        <div className="text-center">
          <p className="text-xs text-slate-600">{labels.grade}</p>
          <p className="text-5xl font-bold text-brand-800" data-testid="scorecard-grade">
            {overall.grade ?? "—"}
          </p>
        </div>
        <div>
          <p className="text-xs text-slate-600">{labels.score}</p>
          <p className="text-3xl font-semibold text-slate-900" data-testid="scorecard-score">
            {overall.score ?? labels.noScore}
          </p>
        </div>
        <div className="text-sm text-slate-800">
          <p>
            {labels.previous}
            {separator}
            {dash(overall.previousScore)}
          </p>
          {overall.trendLine && <p className="font-medium">{overall.trendLine}</p>}
        </div>
      </section>

      <section aria-labelledby="scorecard-domains" className="space-y-2">
        <h4 id="scorecard-domains" className="font-semibold text-slate-900">
          {labels.domains}
        </h4>
        <Table caption={labels.domains} headers={[labels.domain, labels.status, labels.score, labels.target, labels.previous]}>
          {view.domains.map((domain) => (
            <tr key={domain.title}>
              <th scope="row" className="py-2 pr-4 text-left font-medium text-slate-900">
                {domain.title}
              </th>
              <td>
                <LightBadge light={domain.light} label={domain.lightLabel} />
              </td>
              <td>{dash(domain.score)}</td>
              <td>{domain.targetScore}</td>
              <td>{dash(domain.previousScore)}</td>
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="scorecard-risks" className="space-y-2">
        <h4 id="scorecard-risks" className="font-semibold text-slate-900">
          {labels.risks}
        </h4>
        <ol className="space-y-3">
          {view.risks.map((risk) => (
            <li key={risk.domain} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-semibold text-slate-900">{risk.domain}</p>
              <p className="text-slate-900">{risk.risk}</p>
              <p className="text-xs text-slate-700">{risk.finding}</p>
              {risk.nextStep && (
                <p className="mt-1 text-slate-800">
                  <span className="font-medium">
                    {labels.nextStep}
                    {separator}
                  </span>
                  {risk.nextStep}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="scorecard-plan" className="space-y-2">
        <h4 id="scorecard-plan" className="font-semibold text-slate-900">
          {labels.plan}
        </h4>
        <p className="text-sm text-slate-800">{labels.planSummary}</p>
        {plan.total > 0 && (
          <>
            <div className="h-2 w-full overflow-hidden rounded bg-slate-200" role="progressbar" aria-label={labels.plan} aria-valuemin={0} aria-valuemax={100} aria-valuenow={plan.percentDone}>
              <div className="h-full bg-emerald-700" style={{ width: `${plan.percentDone}%` }} />
            </div>
            <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-800">
              {[
                [labels.planOpen, plan.open],
                [labels.planInProgress, plan.inProgress],
                [labels.planDone, plan.done],
                [labels.planRiskAccepted, plan.riskAccepted],
                [labels.planOverdue, plan.overdue],
              ].map(([label, count]) => (
                <div key={label} className="flex gap-1">
                  <dt>
                    {label}
                    {separator}
                  </dt>
                  <dd className="font-semibold">{count}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>
      <footer className="border-t border-slate-200 pt-3 text-xs text-slate-600">{labels.footer}</footer>
    </article>
  );
}
