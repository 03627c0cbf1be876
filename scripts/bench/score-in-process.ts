// The scoring model alone, in this process: scoreAssessment on a synthetic 300-question
// assessment (a realistic mix of answered, not applicable, unanswered and excluded questions),
// timed run by run after a warm-up.
import { DOMAIN_KEYS } from "../../lib/questionnaires/schema";
import { scoreAssessment } from "../../lib/scoring/score-assessment";
import type { TScoringAnswer, TScoringInput, TScoringQuestion } from "../../lib/scoring/types";
import { percentile } from "./open-loop";
import type { TSection } from "./report";

const PER_DOMAIN = 30;

/** 30 questions per domain; every fifth a yes/partial/no question, one in ten excluded by the profile. */
export function syntheticScoringInput(): { input: TScoringInput; expected: { applicable: number; answered: number; notApplicable: number; unanswered: number; excluded: number } } {
  const questions: TScoringQuestion[] = [];
  const answers: TScoringAnswer[] = [];
  const expected = { applicable: 0, answered: 0, notApplicable: 0, unanswered: 0, excluded: 0 };
  DOMAIN_KEYS.forEach((domain, domainIndex) => {
    for (let n = 0; n < PER_DOMAIN; n++) {
      const key = `${domain}.q${n + 1}`;
      const maxLevel = n % 5 === 4 ? 2 : 4;
      const applies = (n + domainIndex) % 10 !== 3;
      questions.push({ key, domain, weight: (n % 3) + 1, maxLevel, applies });
      if (!applies) {
        // Some excluded questions keep an answer from before the profile changed; it must not count.
        if (n % 2 === 0) answers.push({ questionKey: key, level: 2, notApplicable: false });
        expected.excluded++;
        continue;
      }
      expected.applicable++;
      const kind = (n * 7 + domainIndex * 3) % 20;
      if (kind === 0 || kind === 11) {
        answers.push({ questionKey: key, level: null, notApplicable: true });
        expected.answered++;
        expected.notApplicable++;
      } else if (kind === 5 || kind === 17 || kind === 19) {
        expected.unanswered++;
      } else {
        // Weaker in the later domains, as exposed organizations often are.
        answers.push({ questionKey: key, level: Math.min(maxLevel, Math.round((((n * 13 + domainIndex * 5) % 5) / 4) * maxLevel * (1 - domainIndex / 30))), notApplicable: false });
        expected.answered++;
      }
    }
  });
  const profile = { jointResearchUs: true, jointResearchChina: true, handlesListedTechnology: true, hostsForeignResearchers: true, operatesInChina: false, foreignInvestment: false, usesHighRiskVendorEquipment: false };
  return { input: { questions, answers, profile }, expected };
}

type TScoringResult = { runs: number; p50: number; p95: number; verified: boolean };

export function measureScoring({ warmUp = 200, runs = 2000 } = {}): TScoringResult {
  const { input, expected } = syntheticScoringInput();
  for (let run = 0; run < warmUp; run++) scoreAssessment(input);
  const timings: number[] = [];
  let verified = true;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const score = scoreAssessment(input);
    timings.push(performance.now() - started);
    // Checked outside the timing, on every run: the whole model ran and counted every question.
    const { coverage } = score.overall;
    verified &&=
      score.domains.length === DOMAIN_KEYS.length &&
      score.overall.score !== null &&
      score.gaps.length > 0 &&
      coverage.applicable === expected.applicable &&
      coverage.answered === expected.answered &&
      coverage.notApplicable === expected.notApplicable &&
      coverage.unanswered === expected.unanswered &&
      coverage.excluded === expected.excluded;
  }
  timings.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { runs, p50: round(percentile(timings, 50)), p95: round(percentile(timings, 95)), verified };
}

export function scoringSection(): TSection {
  const result = measureScoring();
  return {
    lines: [
      "\n== scoring in-process: scoreAssessment, 300 questions (target p50 < 2 ms)",
      " questions |  runs |  p50 ms |  p95 ms | verified",
      `${"300".padStart(10)} | ${String(result.runs).padStart(5)} | ${String(result.p50).padStart(7)} | ${String(result.p95).padStart(7)} | ${result.verified ? "yes" : "NO"}`,
    ],
    figures: { score_300q_ms: result.p50, score_300q_p95_ms: result.p95, score_300q_runs: result.runs, score_300q_verified: result.verified },
  };
}
