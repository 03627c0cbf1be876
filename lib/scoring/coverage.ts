// How much of a domain, or of the whole assessment, has been answered.
import type { TCoverage, TQuestionStatus } from "./types";

function withPercent(counts: Omit<TCoverage, "percent">): TCoverage {
  return { ...counts, percent: counts.applicable > 0 ? (100 * counts.answered) / counts.applicable : null };
}

export function coverageOf(statuses: TQuestionStatus[]): TCoverage {
  const counts: Record<TQuestionStatus, number> = { scored: 0, notApplicable: 0, unanswered: 0, excluded: 0 };
  for (const status of statuses) counts[status] += 1;
  const { scored, notApplicable, unanswered, excluded } = counts;
  return withPercent({ applicable: scored + notApplicable + unanswered, answered: scored + notApplicable, notApplicable, unanswered, excluded });
}

export function sumCoverage(coverages: TCoverage[]): TCoverage {
  const sum = (pick: (coverage: TCoverage) => number) => coverages.reduce((total, coverage) => total + pick(coverage), 0);
  return withPercent({
    applicable: sum((coverage) => coverage.applicable),
    answered: sum((coverage) => coverage.answered),
    notApplicable: sum((coverage) => coverage.notApplicable),
    unanswered: sum((coverage) => coverage.unanswered),
    excluded: sum((coverage) => coverage.excluded),
  });
}
