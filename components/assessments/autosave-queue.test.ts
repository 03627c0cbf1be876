import { describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type TPendingAnswer, type TSaveState } from "./autosave-queue";

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value), data };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const edit = (questionKey: string, level: number, baseVersion = 0): TPendingAnswer => ({ questionKey, baseVersion, answer: { level, notApplicable: false } });

describe("[AUTOSAVE] queue", () => {
  it("keeps edits through a network cut and a reload, and sends them when the network returns", async () => {
    const storage = memoryStorage();
    const states: [string, TSaveState][] = [];
    let online = false;
    const received: TPendingAnswer[] = [];
    const send = vi.fn(async (item: TPendingAnswer) => {
      if (!online) throw new TypeError("Failed to fetch");
      received.push(item);
      return json(200, { status: "saved", version: item.baseVersion + 1 });
    });
    const first = new AutosaveQueue("q", send, (key, state) => states.push([key, state]), storage);
    first.enqueue(edit("gov.a", 2), 0);
    first.enqueue(edit("gov.b", 3), 0);
    await first.flush();
    expect(states.at(-1)).toEqual(["gov.b", { kind: "offline" }]);

    // The page is reloaded while offline: a new queue finds the edits in storage.
    const reloaded = new AutosaveQueue("q", send, (key, state) => states.push([key, state]), storage);
    expect(reloaded.pendingFor("gov.a")?.answer.level).toBe(2);
    online = true;
    await reloaded.flush();
    expect(received.map((item) => [item.questionKey, item.answer.level])).toEqual([
      ["gov.a", 2],
      ["gov.b", 3],
    ]);
    expect(reloaded.hasPending()).toBe(false);
    expect(JSON.parse(storage.data.get("q")!)).toEqual({});
  });

  it("keeps every waiting edit, shown as offline, while the server answers with an error, and sends each once it recovers", async () => {
    const states = new Map<string, TSaveState>();
    let status = 503;
    const received: string[] = [];
    const send = vi.fn(async (item: TPendingAnswer) => {
      if (status !== 200) return json(status, { error: "unavailable" });
      received.push(item.questionKey);
      return json(200, { status: "saved", version: 1 });
    });
    const queue = new AutosaveQueue("q", send, (key, state) => states.set(key, state), memoryStorage());
    queue.enqueue(edit("gov.a", 2), 0);
    queue.enqueue(edit("gov.b", 3), 0);
    await queue.flush();
    expect(Object.fromEntries(states)).toEqual({ "gov.a": { kind: "offline" }, "gov.b": { kind: "offline" } });
    status = 500;
    await queue.flush();
    expect(queue.hasPending()).toBe(true);
    status = 200;
    await queue.flush();
    expect(received).toEqual(["gov.a", "gov.b"]);
    expect(Object.fromEntries(states)).toEqual({ "gov.a": { kind: "saved", version: 1 }, "gov.b": { kind: "saved", version: 1 } });
  });

  it("reports a conflict with both answers and does not resend it", async () => {
    const states: TSaveState[] = [];
    const theirs = { level: 4, notApplicable: false, version: 3, updatedBy: "Misaki Takahashi", updatedAt: "2026-11-24T00:00:00.000Z" };
    const send = vi.fn(async () => json(409, { status: "conflict", current: theirs }));
    const queue = new AutosaveQueue("q", send, (_key, state) => states.push(state), memoryStorage());
    queue.enqueue(edit("gov.a", 1, 2), 0);
    await queue.flush();
    expect(states.at(-1)).toEqual({ kind: "conflict", mine: { level: 1, notApplicable: false }, theirs });
    expect(queue.hasPending()).toBe(false);
  });

  it("sends an edit made while the previous one was in flight, from the version that one produced", async () => {
    const sent: TPendingAnswer[] = [];
    const queue: AutosaveQueue = new AutosaveQueue(
      "q",
      async (item) => {
        sent.push(item);
        if (sent.length === 1) queue.enqueue(edit("gov.a", 4, item.baseVersion), 0);
        return json(200, { status: "saved", version: item.baseVersion + 1 });
      },
      () => {},
      memoryStorage(),
    );
    queue.enqueue(edit("gov.a", 1, 0), 0);
    await queue.flush();
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ baseVersion: 1, answer: { level: 4 } });
  });
});
