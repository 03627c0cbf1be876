import { describe, expect, it } from "vitest";
import { percentile, runPlanned, runStep } from "./open-loop";

describe("[BENCH] open-loop scheduler", () => {
  it("computes nearest-rank percentiles", () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
  });

  it("starts requests at the planned rate even when earlier ones are slow, and counts outcomes", async () => {
    const started: number[] = [];
    const t0 = performance.now();
    const result = await runStep(50, 0.4, async (index) => {
      started.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return index === 3 ? false : index === 4 ? "dropped" : true;
    });
    expect(result).toMatchObject({ planned: 20, completed: 18, errors: 1, dropped: 1 });
    // The 20th request started about 380 ms in, not after 19 × 100 ms of waiting.
    expect(started.at(-1)!).toBeLessThan(600);
    expect(result.p50).toBeGreaterThanOrEqual(95);
  });

  it("runs a plan at its times, reports each result as it comes, and stops early when asked", async () => {
    const events = Array.from({ length: 20 }, (_, index) => ({ at: index * 10, index }));
    const reported: number[] = [];
    const results = await runPlanned(events, async (event) => event.index !== 2, { onResult: (result) => reported.push(result.event.index), stopWhen: () => reported.length >= 5 });
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.length).toBeLessThan(10);
    expect(reported).toEqual(results.map((result) => result.event.index));
    expect(results.find((result) => result.event.index === 2)?.outcome).toBe("error");
  });
});
