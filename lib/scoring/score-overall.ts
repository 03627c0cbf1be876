// The overall score: the domain scores averaged with each domain's risk factor as its weight, and its grade.
import { sumCoverage } from "./coverage";
import { gradeFor } from "./grade";
import type { TContribution, TDomainScore, TOverallScore } from "./types";

export function scoreOverall(domains: TDomainScore[]): TOverallScore {
  // Domains with nothing scored stay out entirely, rather than pulling the average towards zero.
  const contributions: TContribution[] = domains.flatMap((domain) =>
    domain.score === null ? [] : [{ domain: domain.domain, weight: domain.risk.factor, score: domain.score }],
  );
  let weightedSum = 0;
  let weightTotal = 0;
  for (const contribution of contributions) {
    weightedSum += contribution.weight * contribution.score;
    weightTotal += contribution.weight;
  }
  const score = weightTotal > 0 ? weightedSum / weightTotal : null;
  return { score, grade: gradeFor(score), contributions, weightTotal, coverage: sumCoverage(domains.map((domain) => domain.coverage)) };
}
