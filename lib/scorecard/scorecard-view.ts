// What the executive scorecard shows, already in the reader's language: the page, the PDF and
// the tests read this one shape. Numbers are rounded for people; text is final.
import type { TLight } from "@/lib/scoring/types";

export type TScorecardDomain = {
  title: string;
  /** 0–100, rounded; null when nothing in the domain is answered yet. */
  score: number | null;
  /** 25 × target level. */
  targetScore: number;
  light: TLight;
  lightLabel: string;
  previousScore: number | null;
};

export type TScorecardRisk = {
  /** The domain, e.g. "Research firewalls". */
  domain: string;
  /** A plain-language sentence on what could go wrong. */
  risk: string;
  /** The question behind it and where it stands, e.g. "Level 1 of target 4: …". */
  finding: string;
  /** The first remediation step, if there is one. */
  nextStep: string | null;
};

export type TScorecardPlan = { total: number; open: number; inProgress: number; done: number; riskAccepted: number; overdue: number; percentDone: number };

export type TScorecardView = {
  locale: "ja" | "en";
  /** Every fixed text of the page, from the message files. */
  labels: {
    heading: string;
    overall: string;
    grade: string;
    score: string;
    target: string;
    previous: string;
    trend: string;
    domains: string;
    domain: string;
    status: string;
    risks: string;
    nextStep: string;
    plan: string;
    planSummary: string;
    planOpen: string;
    planInProgress: string;
    planDone: string;
    planRiskAccepted: string;
    planOverdue: string;
    noScore: string;
    footer: string;
  };
  organizationName: string;
  unitName: string | null;
  assessmentTitle: string;
  questionnaireTitle: string;
  /** e.g. "Approved 1 Dec 2026" or "In progress". */
  statusLine: string;
  overall: { score: number | null; grade: string | null; previousScore: number | null; trendLine: string | null };
  domains: TScorecardDomain[];
  risks: TScorecardRisk[];
  plan: TScorecardPlan;
};
