// The browser side of autosave, apart from React: answers wait in a queue kept in localStorage
// (so a reload or a network cut loses nothing) and are sent one at a time with the version each
// edit started from.
import type { TAnswerValue } from "@/lib/validation/assessment";
import type { TStoredAnswer } from "@/lib/assessments/save-answer";

export type TPendingAnswer = { questionKey: string; baseVersion: number; answer: TAnswerValue };
export type TSaveState =
  | { kind: "saving" }
  | { kind: "saved"; version: number }
  | { kind: "offline" }
  | { kind: "conflict"; mine: TAnswerValue; theirs: TStoredAnswer | null }
  | { kind: "refused"; error: string }
  /** An edit found queued in this browser (after a reload): shown until it is sent. */
  | { kind: "pending"; answer: TAnswerValue };

type TSend = (pending: TPendingAnswer) => Promise<Response>;
type TListener = (questionKey: string, state: TSaveState) => void;

const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000];

export class AutosaveQueue {
  private pending: Record<string, TPendingAnswer>;
  private flushing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** The last saved version of each question known to this browser. */
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly storageKey: string,
    private readonly send: TSend,
    private readonly listener: TListener,
    // Server rendering has no localStorage: nothing is pending there.
    private readonly storage: Pick<Storage, "getItem" | "setItem"> = typeof window === "undefined" ? { getItem: () => null, setItem: () => {} } : window.localStorage,
  ) {
    this.pending = this.load();
  }

  private load(): Record<string, TPendingAnswer> {
    try {
      return JSON.parse(this.storage.getItem(this.storageKey) ?? "{}") as Record<string, TPendingAnswer>;
    } catch {
      return {};
    }
  }

  private persist(): void {
    this.storage.setItem(this.storageKey, JSON.stringify(this.pending));
  }

  pendingFor(questionKey: string): TPendingAnswer | undefined {
    return this.pending[questionKey];
  }

  hasPending(): boolean {
    return Object.keys(this.pending).length > 0;
  }

  rememberVersion(questionKey: string, version: number): void {
    this.versions.set(questionKey, Math.max(version, this.versions.get(questionKey) ?? 0));
  }

  /** Queues an edit based on the last version this browser saw. */
  enqueueEdit(questionKey: string, answer: TAnswerValue, delayMs?: number): void {
    this.enqueue({ questionKey, baseVersion: this.versions.get(questionKey) ?? 0, answer }, delayMs);
  }

  /** Tells each question about edits restored from storage. */
  announcePending(): void {
    for (const item of Object.values(this.pending)) this.listener(item.questionKey, { kind: "pending", answer: item.answer });
  }

  /** Keeps the newest edit of a question; it is sent shortly after typing stops. */
  enqueue(item: TPendingAnswer, delayMs = 400): void {
    this.pending[item.questionKey] = item;
    this.persist();
    this.schedule(delayMs);
  }

  /** Drops an unsent edit (the user chose the other person's answer). */
  discard(questionKey: string): void {
    delete this.pending[questionKey];
    this.persist();
  }

  schedule(delayMs = 0): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delayMs);
  }

  async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (const item of Object.values(this.pending)) {
        this.listener(item.questionKey, { kind: "saving" });
        // No network, or the server cannot save now (its database is down, say): everything
        // stays queued and is retried, also when the browser is back online.
        const response = await this.send(item).catch(() => null);
        if (!response || response.status >= 500) {
          for (const waiting of Object.values(this.pending)) this.listener(waiting.questionKey, { kind: "offline" });
          this.schedule(RETRY_DELAYS_MS[Math.min(this.failures++, RETRY_DELAYS_MS.length - 1)]);
          return;
        }
        this.failures = 0;
        const body = (await response.json().catch(() => ({}))) as { status?: string; version?: number; current?: TStoredAnswer | null; error?: string };
        // A newer edit of the same question may have arrived while this one was in flight.
        const stillSame = this.pending[item.questionKey] === item;
        if (response.ok && body.status === "saved") {
          this.rememberVersion(item.questionKey, body.version!);
          if (stillSame) delete this.pending[item.questionKey];
          else this.pending[item.questionKey] = { ...this.pending[item.questionKey]!, baseVersion: body.version! };
          this.persist();
          this.listener(item.questionKey, { kind: "saved", version: body.version! });
        } else if (response.status === 409) {
          if (stillSame) delete this.pending[item.questionKey];
          this.persist();
          this.listener(item.questionKey, { kind: "conflict", mine: item.answer, theirs: body.current ?? null });
        } else {
          if (stillSame) delete this.pending[item.questionKey];
          this.persist();
          this.listener(item.questionKey, { kind: "refused", error: body.error ?? "unexpected" });
        }
      }
    } finally {
      this.flushing = false;
    }
    if (this.hasPending()) this.schedule(0);
  }
}
