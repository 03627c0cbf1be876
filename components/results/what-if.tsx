"use client";
// "What if": choose gaps (the plan's actions) and see the score once they reach their targets,
// computed in the browser by the same scoring model as the server.
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { projectScore } from "@/lib/scoring/project-score";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { shownScore } from "@/lib/results/shown-score";
import type { TScoringInput } from "@/lib/scoring/types";

type TProps = { input: TScoringInput; currentScore: number | null; options: { key: string; label: string }[]; domainTitles: Record<string, string> };

export function WhatIf({ input, currentScore, options, domainTitles }: TProps) {
  const t = useTranslations("dashboard");
  const [selected, setSelected] = useState<string[]>([]);
  const projection = useMemo(() => (selected.length ? projectScore(input, selected) : null), [input, selected]);
  const baseline = useMemo(() => new Map(scoreAssessment(input).domains.map((domain) => [domain.domain, domain.score])), [input]);
  const toggle = (key: string, on: boolean) => setSelected((current) => (on ? [...current, key] : current.filter((each) => each !== key)));
  const whole = (value: number | null) => (value === null ? "—" : String(shownScore(value)));

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <fieldset className="max-h-80 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("whatIfHint")}</legend>
        {options.map((option) => (
          <label key={option.key} className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" className="mt-1 accent-brand-700" checked={selected.includes(option.key)} onChange={(event) => toggle(option.key, event.target.checked)} />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite" className="space-y-2 text-sm" data-testid="what-if-result">
        {projection && projection.overall.score !== null ? (
          <>
            <p className="font-semibold text-slate-900">
              {t("whatIfResult", { score: whole(projection.overall.score), grade: projection.overall.grade ?? "—", delta: shownScore(projection.overall.score)! - (shownScore(currentScore) ?? 0) })}
            </p>
            <ul className="space-y-0.5 text-slate-800">
              {projection.domains
                .filter((domain) => domain.score !== baseline.get(domain.domain))
                .map((domain) => (
                  <li key={domain.domain}>{t("whatIfDomain", { domain: domainTitles[domain.domain] ?? domain.domain, from: whole(baseline.get(domain.domain) ?? null), to: whole(domain.score) })}</li>
                ))}
            </ul>
          </>
        ) : (
          <p className="text-slate-700">{t("whatIfNone")}</p>
        )}
      </div>
    </div>
  );
}
