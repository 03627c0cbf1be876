// The plan's actions in priority order, each with its gap and remediation steps; actions whose
// gap has since closed come last. Pure.
import type { TQuestionnaire } from "@/lib/questionnaires/questionnaire";
import type { TDomainKey, TI18nText } from "@/lib/questionnaires/schema";
import type { TPrioritizedGap } from "@/lib/results/prioritized-gaps";
import { isActionOverdue, type TActionState } from "./plan-summary";

export type TPlanAction = TActionState & { id: string; questionKey: string; domain: string; ownerId: string | null; riskAcceptedReason: string | null; notes: string | null; version: number; owner: { name: string } | null };
export type TPlanRow = TPlanAction & { rank: number | null; questionText: TI18nText | null; domainKey: TDomainKey | null; gap: TPrioritizedGap | null; overdue: boolean };

export function planRows({ actions, gaps, questionnaire, now = new Date() }: { actions: TPlanAction[]; gaps: TPrioritizedGap[]; questionnaire: TQuestionnaire; now?: Date }): TPlanRow[] {
  const gapByKey = new Map(gaps.map((gap) => [gap.questionKey, gap]));
  const questions = new Map(questionnaire.domains.flatMap((domain) => domain.questions.map((question) => [question.key, { text: question.text, domain: domain.key }] as const)));
  return actions
    .map((action) => {
      const gap = gapByKey.get(action.questionKey) ?? null;
      const question = questions.get(action.questionKey);
      return { ...action, rank: gap?.rank ?? null, questionText: question?.text ?? null, domainKey: question?.domain ?? null, gap, overdue: isActionOverdue(action, now) };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.questionKey.localeCompare(b.questionKey));
}
