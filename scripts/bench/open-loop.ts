// Open-loop load: requests start at their planned times whatever earlier ones are doing, and
// latency counts from the planned start, so queueing shows up as it would for users.
export type TStepResult = {
  rate: number;
  planned: number;
  completed: number;
  errors: number;
  dropped: number;
  achievedRate: number;
  p50: number;
  p95: number;
  p99: number;
};

/** What `send` resolves to: true for a verified success, false for an error, "dropped" when it chose not to send. */
export type TOutcome = boolean | "dropped";
export type TPlannedResult<E> = { event: E; outcome: "ok" | "error" | "dropped"; latencyMs: number };

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

/** p50/p95/p99 of the latencies, rounded to 0.1 ms (NaN when there are none). */
export function latencySummary(latencies: number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: round1(percentile(sorted, 50)), p95: round1(percentile(sorted, 95)), p99: round1(percentile(sorted, 99)) };
}

type TRunOptions<E> = { onResult?: (result: TPlannedResult<E>) => void; stopWhen?: () => boolean };

/**
 * Starts `send(event)` at each event's planned time (`at`, ms from now; events in time order),
 * never waiting for earlier ones; resolves when all have finished. `stopWhen`, asked before each
 * event, ends the run early (what was sent still finishes).
 */
export async function runPlanned<E extends { at: number }>(events: E[], send: (event: E) => Promise<TOutcome>, { onResult, stopWhen }: TRunOptions<E> = {}): Promise<TPlannedResult<E>[]> {
  const start = performance.now();
  const results: TPlannedResult<E>[] = [];
  const inFlight: Promise<void>[] = [];
  const record = (result: TPlannedResult<E>) => {
    results.push(result);
    onResult?.(result);
  };
  for (const event of events) {
    if (stopWhen?.()) break;
    const plannedAt = start + event.at;
    const wait = plannedAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(event).then(
        (outcome) => record({ event, outcome: outcome === "dropped" ? "dropped" : outcome ? "ok" : "error", latencyMs: performance.now() - plannedAt }),
        () => record({ event, outcome: "error", latencyMs: performance.now() - plannedAt }),
      ),
    );
  }
  await Promise.all(inFlight);
  return results;
}

/** Runs `send(i)` at `rate` per second for `seconds`. */
export async function runStep(rate: number, seconds: number, send: (index: number) => Promise<TOutcome>): Promise<TStepResult> {
  const planned = Math.round(rate * seconds);
  const intervalMs = 1000 / rate;
  const start = performance.now();
  const events = Array.from({ length: planned }, (_, index) => ({ at: index * intervalMs, index }));
  const results = await runPlanned(events, (event) => send(event.index));
  const elapsed = (performance.now() - start) / 1000;
  const latencies = results.filter((result) => result.outcome === "ok").map((result) => result.latencyMs);
  return {
    rate,
    planned,
    completed: latencies.length,
    errors: results.filter((result) => result.outcome === "error").length,
    dropped: results.filter((result) => result.outcome === "dropped").length,
    achievedRate: round1(latencies.length / elapsed),
    ...latencySummary(latencies),
  };
}
