// Green / amber / red against target, always with its words: colour alone carries no meaning.
import { cn } from "@/lib/cn";
import type { TLight } from "@/lib/scoring/types";

const TONES: Record<TLight, string> = {
  green: "bg-emerald-50 text-emerald-900 before:bg-emerald-700",
  amber: "bg-amber-50 text-amber-900 before:bg-amber-600",
  red: "bg-red-50 text-red-900 before:bg-red-700",
  none: "bg-slate-100 text-slate-800 before:bg-slate-400",
};

export function LightBadge({ light, label }: { light: TLight; label: string }) {
  return (
    <span data-light={light} className={cn("inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium before:inline-block before:size-2.5 before:rounded-full", TONES[light])}>
      {label}
    </span>
  );
}
