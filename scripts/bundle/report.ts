// npm run bundle-size — the JavaScript each page sends on first load (gzip, as served compressed)
// and what its lazy imports fetch later, from the last production build. Prints a table, then one
// JSON line: { "<route>": { "first_load_gzip_kb": n, "first_load_kb": n, "lazy_gzip_kb": n } }.
import { statSync } from "node:fs";
import path from "node:path";
import { buildIfStale } from "../lib/next-build";
import { chartingLibrariesIn } from "./charting-code";
import { DIST_DIR, readRouteBundles, totalGzipBytes } from "./route-bundles";

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const rawBytes = (files: string[]) => files.reduce((sum, file) => sum + statSync(path.join(DIST_DIR, file)).size, 0);

buildIfStale();
const bundles = readRouteBundles();
const rows = bundles.map((bundle) => ({
  route: bundle.route,
  firstLoadGzip: kb(totalGzipBytes(bundle.firstLoad)),
  firstLoad: kb(rawBytes(bundle.firstLoad)),
  lazyGzip: kb(totalGzipBytes(bundle.dynamic)),
  charting: [...new Set([...bundle.firstLoad, ...bundle.dynamic].flatMap((file) => chartingLibrariesIn(file)))].join(", "),
}));

console.log("First-load JavaScript per page (kB = 1,024 bytes; gzip of each chunk; lazy = fetched later by next/dynamic)");
console.table(
  Object.fromEntries(
    rows.map((row) => [row.route, { "first load gzip kB": row.firstLoadGzip, "first load kB": row.firstLoad, "lazy gzip kB": row.lazyGzip, "charting code": row.charting || "—" }]),
  ),
);
console.log(JSON.stringify(Object.fromEntries(rows.map((row) => [row.route, { first_load_gzip_kb: row.firstLoadGzip, first_load_kb: row.firstLoad, lazy_gzip_kb: row.lazyGzip }]))));
