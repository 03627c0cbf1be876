// One question's status, level on the common 0–4 scale, gap to its domain's target and priority.
import { COMMON_SCALE_TOP } from "./scale";
import type { TQuestionScore, TQuestionStatus, TScoringAnswer, TScoringQuestion } from "./types";

export function questionStatus({ question, answer }: { question: TScoringQuestion; answer: TScoringAnswer | undefined }): TQuestionStatus {
  if (!question.applies) return "excluded";
  if (answer?.notApplicable) return "notApplicable";
  // A NaN level is as good as no answer; counting it would poison every sum it enters.
  if (!answer || answer.level === null || Number.isNaN(answer.level)) return "unanswered";
  return "scored";
}

/** The smallest level on the question's own scale whose common-scale level reaches the target. */
export function levelToReach({ targetLevel, maxLevel }: { targetLevel: number; maxLevel: number }): number {
  return Math.min(maxLevel, Math.ceil((targetLevel * maxLevel) / COMMON_SCALE_TOP));
}

function clampLevel(level: number, maxLevel: number): number {
  return Math.min(maxLevel, Math.max(0, level));
}

type TScoreQuestionArgs = { question: TScoringQuestion; answer: TScoringAnswer | undefined; targetLevel: number; riskFactor: number };

export function scoreQuestion({ question, answer, targetLevel, riskFactor }: TScoreQuestionArgs): TQuestionScore {
  const status = questionStatus({ question, answer });
  const { key, weight, maxLevel } = question;
  // Every row is built with the same literal shape (no spreads): this runs for every question
  // of every view, and V8 keeps uniform objects fast.
  if (status !== "scored") {
    return { key, weight, maxLevel, status, level: null, fraction: null, currentLevel: null, gap: null, priority: null, levelToReachTarget: null };
  }
  const level = clampLevel(answer!.level!, maxLevel);
  const fraction = level / maxLevel;
  const currentLevel = COMMON_SCALE_TOP * fraction;
  const gap = Math.max(0, targetLevel - currentLevel);
  return {
    key,
    weight,
    maxLevel,
    status,
    level,
    fraction,
    currentLevel,
    gap,
    priority: gap * weight * riskFactor,
    levelToReachTarget: gap > 0 ? levelToReach({ targetLevel, maxLevel }) : null,
  };
}
