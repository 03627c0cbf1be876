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

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/**
 * Runs `send(i)` at `rate` per second for `seconds`. `send` resolves true for a verified success,
 * false for an error, or "dropped" when it chose not to send (e.g. its previous request for the
 * same item is still in flight).
 */
export async function runStep(rate: number, seconds: number, send: (index: number) => Promise<boolean | "dropped">): Promise<TStepResult> {
  const planned = Math.round(rate * seconds);
  const intervalMs = 1000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  let dropped = 0;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < planned; index++) {
    const plannedAt = start + index * intervalMs;
    const wait = plannedAt - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      send(index).then(
        (outcome) => {
          if (outcome === "dropped") dropped++;
          else if (outcome) latencies.push(performance.now() - plannedAt);
          else errors++;
        },
        () => {
          errors++;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    rate,
    planned,
    completed: latencies.length,
    errors,
    dropped,
    achievedRate: round(latencies.length / elapsed),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}
