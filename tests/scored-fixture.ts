// A small scored assessment on the test questionnaire, worked out by hand, shared by the unit
// tests of the results pages, scorecard and exports.
//
// Profile: joint research with US partners only, so firewall.separation is skipped and every
// domain keeps the base target 3 with risk factor 1.
//   Governance:  qa.first level 2/4 (weight 2) → 2 × 0.5 = 1; qa.second 4/4 (weight 3) → 3;
//                score = 100 × (1 + 3) / (2 + 3) = 80.
//   Sensitive technology: qb.first 1/4 (weight 2) → 0.5; qb.second unanswered;
//                score = 100 × 0.5 / 2 = 25.
//   Research firewalls: firewall.disclosure 1/2 (weight 2) → 1; score = 100 × 1 / 2 = 50.
//   Overall = (80 + 25 + 50) / 3 = 51.67 → grade C.
// Gaps to level 3: qb.first 3 − 1 = 2 → priority 2 × 2 × 1 = 4; qa.first 3 − 2 = 1 → 2;
// firewall.disclosure 3 − 2 = 1 → 2 (tie with qa.first, broken by domain order).
import { questionsWithApplicability } from "@/lib/assessments/applicability";
import { scoringInputFor } from "@/lib/results/scoring-input";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { testQuestionnaire } from "./questionnaire-fixture";

export const SCORED_QUESTIONNAIRE = testQuestionnaire("corporate", 1);
export const SCORED_PROFILE = { jointResearchUs: true, jointResearchChina: false };
export const SCORED_ANSWERS = [
  { questionKey: "qa.first", level: 2, notApplicable: false, justification: null, note: "Board minutes 2026-04" },
  { questionKey: "qa.second", level: 4, notApplicable: false, justification: null, note: null },
  { questionKey: "qb.first", level: 1, notApplicable: false, justification: null, note: null },
  { questionKey: "firewall.disclosure", level: 1, notApplicable: false, justification: null, note: null },
  { questionKey: "qc.first", level: null, notApplicable: true, justification: "No such sites", note: null },
];

export function scoredFixture() {
  const questions = questionsWithApplicability(SCORED_QUESTIONNAIRE, SCORED_PROFILE);
  const input = scoringInputFor({ questions, answers: SCORED_ANSWERS, profile: SCORED_PROFILE, targets: [] });
  return { questionnaire: SCORED_QUESTIONNAIRE, input, score: scoreAssessment(input) };
}
