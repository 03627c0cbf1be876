"use client";
// Shares one autosave queue among the questions of a page and tells each its save state.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { AutosaveQueue, type TSaveState } from "./autosave-queue";

type TListener = (state: TSaveState) => void;
type TAutosave = { queue: AutosaveQueue; subscribe: (questionKey: string, listener: TListener) => () => void };

const AutosaveContext = createContext<TAutosave | null>(null);

export function AutosaveProvider({ organizationId, assessmentId, children }: { organizationId: string; assessmentId: string; children: ReactNode }) {
  const [{ queue, listeners }] = useState(() => {
    const listeners = new Map<string, Set<TListener>>();
    const queue = new AutosaveQueue(
      `mamori:autosave:${assessmentId}`,
      (pending) =>
        fetch(`/api/orgs/${organizationId}/assessments/${assessmentId}/answers`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ questionKey: pending.questionKey, baseVersion: pending.baseVersion, answer: pending.answer }),
        }),
      (questionKey, state) => listeners.get(questionKey)?.forEach((listener) => listener(state)),
    );
    return { queue, listeners };
  });

  useEffect(() => {
    const retry = () => queue.schedule(0);
    window.addEventListener("online", retry);
    queue.announcePending();
    if (queue.hasPending()) queue.schedule(0);
    return () => window.removeEventListener("online", retry);
  }, [queue]);

  const value = useMemo<TAutosave>(
    () => ({
      queue,
      subscribe: (questionKey, listener) => {
        const set = listeners.get(questionKey) ?? new Set();
        set.add(listener);
        listeners.set(questionKey, set);
        return () => set.delete(listener);
      },
    }),
    [queue, listeners],
  );
  return <AutosaveContext.Provider value={value}>{children}</AutosaveContext.Provider>;
}

export function useAutosave(): TAutosave {
  const autosave = useContext(AutosaveContext);
  if (!autosave) throw new Error("useAutosave outside AutosaveProvider");
  return autosave;
}
