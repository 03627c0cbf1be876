"use client";
// Saving / saved / offline — retrying / conflict, announced to screen readers.
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { TSaveState } from "./autosave-queue";

const TONE: Record<TSaveState["kind"], string> = {
  saving: "text-slate-700",
  saved: "text-emerald-800",
  offline: "text-amber-800",
  conflict: "text-amber-800",
  refused: "text-red-700",
  pending: "text-amber-800",
};

export function SaveStatus({ state }: { state: TSaveState | null }) {
  const t = useTranslations("answering.status");
  return (
    <span role="status" aria-live="polite" className={cn("shrink-0 text-xs font-medium", state ? TONE[state.kind] : "")} data-save-state={state?.kind ?? "idle"}>
      {state ? t(state.kind) : ""}
    </span>
  );
}
