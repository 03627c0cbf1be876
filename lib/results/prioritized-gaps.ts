// The gaps in priority order, each with its question, where it stands, what to do about it and
// the plan's action for it. Pure: the scoring result and the questionnaire in, rows out.
import type { TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import type { TDomainKey, TI18nText, TRemediationStep } from "@/lib/questionnaires/schema";
import { remediationSteps } from "@/lib/remediation/remediation-steps";
import type { TAssessmentScore } from "@/lib/scoring/types";

export type TPrioritizedGap = {
  rank: number;
  questionKey: string;
  domain: TDomainKey;
  domainIndex: number;
  questionText: TI18nText;
  levels: TI18nText[];
  /** On the question's own scale. */
  level: number;
  levelToReachTarget: number;
  maxLevel: number;
  /** On the common 0–4 scale. */
  currentLevel: number;
  targetLevel: number;
  gap: number;
  weight: number;
  riskFactor: number;
  priority: number;
  steps: TRemediationStep[];
};

export function prioritizedGaps({ score, questionnaire }: { score: TAssessmentScore; questionnaire: TQuestionnaire }): TPrioritizedGap[] {
  const questions = new Map(questionnaire.domains.flatMap((domain, domainIndex) => domain.questions.map((question) => [question.key, { question, domainIndex }] as const)));
  const domains = new Map(score.domains.map((domain) => [domain.domain, domain]));
  return score.gaps.flatMap((gap, index) => {
    const found = questions.get(gap.key);
    const domain = domains.get(gap.domain)!;
    if (!found || gap.level === null || gap.levelToReachTarget === null) return [];
    return [
      {
        rank: index + 1,
        questionKey: gap.key,
        domain: gap.domain,
        domainIndex: found.domainIndex,
        questionText: found.question.text,
        levels: found.question.answer.levels,
        level: gap.level,
        levelToReachTarget: gap.levelToReachTarget,
        maxLevel: gap.maxLevel,
        currentLevel: gap.currentLevel!,
        targetLevel: domain.target.level,
        gap: gap.gap!,
        weight: gap.weight,
        riskFactor: domain.risk.factor,
        priority: gap.priority!,
        steps: remediationSteps({ steps: found.question.remediation, level: gap.level, levelToReachTarget: gap.levelToReachTarget }),
      },
    ];
  });
}
