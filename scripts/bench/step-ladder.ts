// Open-loop steps at rising rates: every listed rate runs, then the rate keeps rising by
// `increment` until a step misses the budget; a step far over budget ends the climb at once.
import { runStep, type TStepResult } from "./open-loop";

export type TLadder = { label: string; rates: number[]; increment: number; maxRate: number; budgetP95Ms: number; seconds: number };

export function isSustainable(step: TStepResult, budgetP95Ms: number): boolean {
  return step.p95 < budgetP95Ms && step.errors === 0 && step.dropped === 0;
}

/** The highest step that kept p95 under the budget with no errors and nothing dropped, or 0. */
export function sustainableRate(steps: TStepResult[], budgetP95Ms: number): number {
  const rates = steps.filter((step) => isSustainable(step, budgetP95Ms)).map((step) => step.rate);
  return rates.length ? Math.max(...rates) : 0;
}

export async function climbLadder(ladder: TLadder, send: (index: number) => Promise<boolean | "dropped">): Promise<TStepResult[]> {
  const steps: TStepResult[] = [];
  for (let rate = ladder.rates[0]!; rate <= ladder.maxRate; rate = ladder.rates[steps.length] ?? rate + ladder.increment) {
    const step = await runStep(rate, ladder.seconds, send);
    steps.push(step);
    console.log(`${ladder.label} ${rate}/s: achieved ${step.achievedRate}/s, p50 ${step.p50} ms, p95 ${step.p95} ms, p99 ${step.p99} ms, errors ${step.errors}, dropped ${step.dropped}`);
    const sustainable = isSustainable(step, ladder.budgetP95Ms);
    if (!sustainable && steps.length >= ladder.rates.length) break;
    if (!sustainable && step.p95 > 5 * ladder.budgetP95Ms) break;
  }
  return steps;
}

const COLUMNS = ["rate/s", "achieved/s", "p50 ms", "p95 ms", "p99 ms", "errors", "dropped"];

export function stepTable(steps: TStepResult[]): string {
  const row = (cells: (string | number)[]) => cells.map((cell, column) => String(cell).padStart(Math.max(7, COLUMNS[column]!.length))).join(" | ");
  return [row(COLUMNS), ...steps.map((step) => row([step.rate, step.achievedRate, step.p50, step.p95, step.p99, step.errors, step.dropped]))].join("\n");
}

export function ratesFrom(variable: string | undefined, fallback: number[]): number[] {
  return variable ? variable.split(",").map(Number) : fallback;
}
