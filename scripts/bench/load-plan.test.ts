import { describe, expect, it } from "vitest";
import { planLoad, seededRandom, stepBounds, type TLoadPlanOptions } from "./load-plan";

const OPTIONS: TLoadPlanOptions = { users: [100, 200], stepSeconds: 60, rampSeconds: 15, saveEverySeconds: 2, viewEverySeconds: 30, random: seededRandom(7) };

describe("[BENCH] load plan", () => {
  const events = planLoad(OPTIONS);
  const measuredIn = (step: number, kind: string) => events.filter((event) => event.step === step && event.measured && event.kind === kind);

  it("has every user of a step arrive once, during that step's ramp, before their first save", () => {
    const opens = events.filter((event) => event.kind === "open");
    expect(opens).toHaveLength(200);
    expect(new Set(opens.map((event) => event.user)).size).toBe(200);
    for (const open of opens) {
      const step = open.user < 100 ? 0 : 1;
      expect(open.step).toBe(step);
      expect(open.measured).toBe(false);
      expect(open.at).toBeGreaterThanOrEqual(stepBounds(OPTIONS, step).start);
      expect(open.at).toBeLessThan(stepBounds(OPTIONS, step).measuredFrom);
      const firstSave = events.find((event) => event.user === open.user && event.kind === "save")!;
      expect(firstSave.at).toBeGreaterThan(open.at);
    }
  });

  it("plans about one save per user every 2 s and one dashboard view every 30 s in the measured window", () => {
    // 100 users × 60 s ÷ 2 s = 3,000 saves; ÷ 30 s = 200 views (jitter keeps the mean).
    expect(measuredIn(0, "save").length).toBeGreaterThan(2_850);
    expect(measuredIn(0, "save").length).toBeLessThan(3_150);
    expect(measuredIn(1, "save").length).toBeGreaterThan(5_700);
    expect(measuredIn(1, "save").length).toBeLessThan(6_300);
    expect(measuredIn(0, "view").length).toBeGreaterThan(160);
    expect(measuredIn(0, "view").length).toBeLessThan(240);
    // Only the step's users are in it: the second hundred arrive in step 1.
    expect(Math.max(...measuredIn(0, "save").map((event) => event.user))).toBe(99);
    expect(Math.max(...measuredIn(1, "save").map((event) => event.user))).toBe(199);
  });

  it("jitters each user's intervals between half and one and a half times the mean, and keeps events in time order", () => {
    const saves = events.filter((event) => event.user === 42 && event.kind === "save").map((event) => event.at);
    const gaps = saves.slice(1).map((at, index) => at - saves[index]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...gaps)).toBeLessThan(3_000);
    expect(new Set(gaps.map(Math.round)).size).toBeGreaterThan(gaps.length / 2);
    expect(events.every((event, index) => index === 0 || events[index - 1]!.at <= event.at)).toBe(true);
    expect(Math.max(...events.map((event) => event.at))).toBeLessThan(stepBounds(OPTIONS, 1).end);
  });
});
