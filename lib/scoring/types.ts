// The shapes the scoring model reads and returns: plain data, so the UI, exports and tests can share them.
import type { TDomainKey } from "@/lib/questionnaires/schema";

// ---- Input ----

export type TScoringQuestion = {
  key: string;
  domain: TDomainKey;
  /** 1..3: how much the question counts within its domain. */
  weight: number;
  /** The top of the question's own scale: 4 for maturity, 2 for yes/partial/no. */
  maxLevel: number;
  /** False when the organization's profile excludes the question. */
  applies: boolean;
};

export type TScoringAnswer = { questionKey: string; level: number | null; notApplicable: boolean };

/** A target level set by hand for one domain; the reason is shown beside the profile's target. */
export type TTargetOverride = { domain: TDomainKey; targetLevel: number; reason: string };

export type TScoringInput = {
  /** In questionnaire order: that order breaks the last ties in the gap list. */
  questions: TScoringQuestion[];
  answers: TScoringAnswer[];
  profile: Record<string, boolean>;
  targetOverrides?: TTargetOverride[];
};

// ---- Output ----

export type TQuestionStatus = "scored" | "notApplicable" | "unanswered" | "excluded";

/** One question's row in the explanation. level and the numbers after it are null unless status is "scored". */
export type TQuestionScore = {
  key: string;
  weight: number;
  maxLevel: number;
  status: TQuestionStatus;
  /** On the question's own scale 0..maxLevel, clamped. */
  level: number | null;
  /** level / maxLevel. */
  fraction: number | null;
  /** On the common 0–4 scale: 4 · fraction. */
  currentLevel: number | null;
  /** Levels short of the domain target on the common scale, never negative. */
  gap: number | null;
  /** gap × weight × domain risk factor. */
  priority: number | null;
  /** The lowest level on the question's own scale that meets the target; only when gap > 0. */
  levelToReachTarget: number | null;
};

export type TCoverage = {
  /** Questions not excluded by the profile. */
  applicable: number;
  /** Scored plus not applicable. */
  answered: number;
  notApplicable: number;
  unanswered: number;
  excluded: number;
  /** 100 · answered / applicable; null when nothing applies. */
  percent: number | null;
};

export type TDomainTarget = {
  /** The target in force: the override when there is one, else the profile's. */
  level: number;
  /** What the profile alone asks for, kept so the UI can explain an override. */
  profileLevel: number;
  source: "profile" | "override";
  override?: { level: number; reason: string };
  /** Ids of the risk rules the profile triggered for this domain. */
  rules: string[];
};

export type TDomainRisk = { factor: number; rules: string[] };

export type TLight = "green" | "amber" | "red" | "none";

export type TDomainScore = {
  domain: TDomainKey;
  /** In questionnaire order. */
  questions: TQuestionScore[];
  weightedSum: number;
  weightTotal: number;
  /** 0–100, or null when no question is scored. */
  score: number | null;
  coverage: TCoverage;
  /** score / 25, on the common 0–4 scale. */
  currentLevel: number | null;
  target: TDomainTarget;
  risk: TDomainRisk;
  /** Levels short of the target, never negative. */
  gap: number | null;
  /** Points short of 25 · target level, never negative. */
  gapPoints: number | null;
  /** gap × risk factor. */
  priority: number | null;
  light: TLight;
};

export type TGrade = "A" | "B" | "C" | "D" | "E";

/** How much one domain counts in the overall score: its risk factor. Only scored domains contribute. */
export type TContribution = { domain: TDomainKey; weight: number; score: number };

export type TOverallScore = {
  score: number | null;
  grade: TGrade | null;
  contributions: TContribution[];
  /** Σ weight of the contributions. */
  weightTotal: number;
  coverage: TCoverage;
};

export type TGapRow = TQuestionScore & { domain: TDomainKey };

export type TAssessmentScore = {
  /** All ten domains in DOMAIN_KEYS order. */
  domains: TDomainScore[];
  overall: TOverallScore;
  /** Scored questions short of their target, highest priority first. */
  gaps: TGapRow[];
};
