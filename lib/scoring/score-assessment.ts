// The entry point of the scoring model: an assessment's questions, answers and profile in; every number and how it was reached out.
import { DOMAIN_KEYS } from "@/lib/questionnaires/domain-keys";
import { rankGaps } from "./rank-gaps";
import { resolveTargets } from "./resolve-targets";
import { scoreDomain } from "./score-domain";
import { scoreOverall } from "./score-overall";
import type { TAssessmentScore, TScoringAnswer, TScoringInput, TScoringQuestion } from "./types";

export function scoreAssessment(input: TScoringInput): TAssessmentScore {
  const targets = resolveTargets({ profile: input.profile, targetOverrides: input.targetOverrides });
  const questionKeys = new Set(input.questions.map((question) => question.key));
  // Answers to questions not in this questionnaire are ignored; for a repeated key the last answer wins.
  const answersByKey = new Map<string, TScoringAnswer>();
  for (const answer of input.answers) if (questionKeys.has(answer.questionKey)) answersByKey.set(answer.questionKey, answer);

  // One pass over the questions, keeping questionnaire order within each domain.
  const byDomain = new Map<string, TScoringQuestion[]>(DOMAIN_KEYS.map((domain) => [domain, []]));
  for (const question of input.questions) byDomain.get(question.domain)?.push(question);
  const domains = DOMAIN_KEYS.map((domain) => scoreDomain({ domain, questions: byDomain.get(domain)!, answersByKey, resolved: targets[domain] }));
  return { domains, overall: scoreOverall(domains), gaps: rankGaps(domains) };
}
