// What each measurement hands back for the report: lines for people, figures for the JSON line.
import type { TErrorKinds } from "./http-request";

export type TSection = { lines: string[]; figures: Record<string, unknown> };

/** The errors by kind, as a line, or nothing when there were none. */
export function errorLines(kinds: TErrorKinds): string[] {
  return kinds.size ? [`errors by kind: ${JSON.stringify(Object.fromEntries(kinds))}`] : [];
}

export const kb = (bytes: number) => Math.round(bytes / 1024);
