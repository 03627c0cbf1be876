// The load bench's timeline, planned before anything is sent: users arrive step by step and
// stay; each opens their part of an assessment on arrival, then saves an answer about every 2 s
// and opens the dashboard about every 30 s, every interval jittered. Pure: the caller gives the
// random source.

export type TLoadEventKind = "open" | "save" | "view";

/** `at`: ms from the start of the run. `measured`: planned inside its step's measured window. */
export type TLoadEvent = { at: number; user: number; kind: TLoadEventKind; step: number; measured: boolean };

export type TLoadPlanOptions = {
  /** Users at each step, rising: 100, 200, … */
  users: number[];
  /** The measured window of each step. */
  stepSeconds: number;
  /** Before each measured window: the step's new users arrive at random times within it. */
  rampSeconds: number;
  saveEverySeconds: number;
  viewEverySeconds: number;
  /** Uniform in [0, 1). */
  random: () => number;
};

/** Each interval is the mean times a factor uniform in [0.5, 1.5): the same mean, never in lockstep. */
const jittered = (meanMs: number, random: () => number) => meanMs * (0.5 + random());

export function stepBounds({ stepSeconds, rampSeconds }: Pick<TLoadPlanOptions, "stepSeconds" | "rampSeconds">, step: number) {
  const start = step * (rampSeconds + stepSeconds) * 1000;
  return { start, measuredFrom: start + rampSeconds * 1000, end: start + (rampSeconds + stepSeconds) * 1000 };
}

export function planLoad(options: TLoadPlanOptions): TLoadEvent[] {
  const { users, saveEverySeconds, viewEverySeconds, random } = options;
  const runEnd = stepBounds(options, users.length - 1).end;
  const stepLengthMs = (options.rampSeconds + options.stepSeconds) * 1000;
  const stepAt = (at: number) => {
    const step = Math.min(users.length - 1, Math.floor(at / stepLengthMs));
    return { step, measured: at >= stepBounds(options, step).measuredFrom };
  };
  const events: TLoadEvent[] = [];
  const add = (at: number, user: number, kind: TLoadEventKind) => events.push({ at, user, kind, ...stepAt(at) });

  users.forEach((count, step) => {
    const { start } = stepBounds(options, step);
    for (let user = step === 0 ? 0 : users[step - 1]!; user < count; user++) {
      const arrival = start + random() * options.rampSeconds * 1000;
      add(arrival, user, "open");
      for (let at = arrival + jittered(saveEverySeconds * 1000, random); at < runEnd; at += jittered(saveEverySeconds * 1000, random)) add(at, user, "save");
      // The first view at any point of the first interval, so views do not come in waves.
      for (let at = arrival + random() * viewEverySeconds * 1000; at < runEnd; at += jittered(viewEverySeconds * 1000, random)) add(at, user, "view");
    }
  });
  return events.sort((a, b) => a.at - b.at);
}

/** A small seeded generator (mulberry32), so a run's timeline can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
