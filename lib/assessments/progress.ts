// How far an assessment has got, per domain and overall. Pure: questions and answers in, counts out.
import type { TDomainKey } from "@/lib/questionnaires/schema";
import type { TApplicableQuestion } from "./applicability";

export type TAnswerState = { questionKey: string; level: number | null; notApplicable: boolean };
export type TProgress = { answered: number; applicable: number; skipped: number };

function isAnswered(answer: TAnswerState | undefined): boolean {
  return Boolean(answer && (answer.notApplicable || answer.level !== null));
}

export function progressByDomain(questions: TApplicableQuestion[], answers: TAnswerState[]): Map<TDomainKey, TProgress> {
  const byKey = new Map(answers.map((answer) => [answer.questionKey, answer]));
  const progress = new Map<TDomainKey, TProgress>();
  for (const question of questions) {
    const entry = progress.get(question.domain) ?? { answered: 0, applicable: 0, skipped: 0 };
    if (!question.applies) entry.skipped += 1;
    else {
      entry.applicable += 1;
      if (isAnswered(byKey.get(question.key))) entry.answered += 1;
    }
    progress.set(question.domain, entry);
  }
  return progress;
}

export function overallProgress(byDomain: Map<TDomainKey, TProgress>): TProgress {
  return [...byDomain.values()].reduce(
    (total, domain) => ({ answered: total.answered + domain.answered, applicable: total.applicable + domain.applicable, skipped: total.skipped + domain.skipped }),
    { answered: 0, applicable: 0, skipped: 0 },
  );
}
