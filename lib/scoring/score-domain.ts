// One domain's score, coverage, gap to target, priority and light, with the per-question rows behind them.
import type { TDomainKey } from "@/lib/questionnaires/schema";
import { coverageOf } from "./coverage";
import type { TResolvedTarget } from "./resolve-targets";
import { POINTS_PER_LEVEL } from "./scale";
import { scoreQuestion } from "./score-question";
import { lightFor } from "./traffic-light";
import type { TDomainScore, TScoringAnswer, TScoringQuestion } from "./types";

type TScoreDomainArgs = {
  domain: TDomainKey;
  /** This domain's questions, in questionnaire order. */
  questions: TScoringQuestion[];
  answersByKey: ReadonlyMap<string, TScoringAnswer>;
  resolved: TResolvedTarget;
};

export function scoreDomain({ domain, questions, answersByKey, resolved }: TScoreDomainArgs): TDomainScore {
  const { target, risk } = resolved;
  const rows = questions.map((question) =>
    scoreQuestion({ question, answer: answersByKey.get(question.key), targetLevel: target.level, riskFactor: risk.factor }),
  );
  // Only scored questions enter the sums: not-applicable and excluded ones leave the denominator,
  // and unanswered ones show in coverage rather than counting as zero.
  let weightedSum = 0;
  let weightTotal = 0;
  for (const row of rows) {
    if (row.fraction === null) continue;
    weightedSum += row.weight * row.fraction;
    weightTotal += row.weight;
  }
  // weightTotal > 0 rather than "some row is scored", so a zero weight can never divide by zero.
  const score = weightTotal > 0 ? (100 * weightedSum) / weightTotal : null;
  const currentLevel = score === null ? null : score / POINTS_PER_LEVEL;
  const gap = currentLevel === null ? null : Math.max(0, target.level - currentLevel);
  return {
    domain,
    questions: rows,
    weightedSum,
    weightTotal,
    score,
    coverage: coverageOf(rows.map((row) => row.status)),
    currentLevel,
    target,
    risk,
    gap,
    gapPoints: score === null ? null : Math.max(0, POINTS_PER_LEVEL * target.level - score),
    priority: gap === null ? null : gap * risk.factor,
    light: lightFor(score, target.level),
  };
}
