// Recognises charting libraries in minified chunks, which keep no module names: recharts by the
// class names it renders, d3 (bundled into recharts as victory-vendor) by d3-format's default
// locale. The build test checks these markers against the dashboard's chart chunks too, so a
// marker that stops matching fails loudly instead of passing silently.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DIST_DIR } from "./route-bundles";

export const CHARTING_MARKERS = {
  recharts: /["'`\s]recharts-[a-z]/,
  d3: /currency:\["\$",""\]/,
} as const;
export type TChartingLibrary = keyof typeof CHARTING_MARKERS;

/** The charting libraries whose code is in a chunk. */
export function chartingLibrariesIn(file: string, distDir = DIST_DIR): TChartingLibrary[] {
  const code = readFileSync(path.join(distDir, file), "utf8");
  return (Object.keys(CHARTING_MARKERS) as TChartingLibrary[]).filter((library) => CHARTING_MARKERS[library].test(code));
}
