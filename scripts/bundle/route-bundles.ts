// The JavaScript each page of a production build sends to the browser, read from the build's own
// manifests (Next 16 no longer prints "First Load JS"): the chunks of its first load (the client
// components of its layouts and page, plus the framework) and the chunks its next/dynamic imports
// fetch later, with their gzip sizes.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { z } from "zod";

const ZAppPathsManifest = z.record(z.string(), z.string());
const ZBuildManifest = z.object({ rootMainFiles: z.array(z.string()) });
const ZClientReferenceManifest = z.record(z.string(), z.object({ entryJSFiles: z.record(z.string(), z.array(z.string())) }));
const ZLoadableManifest = z.record(z.string(), z.object({ files: z.array(z.string()) }));

export type TRouteBundle = {
  /** The URL pattern, e.g. /[locale]/orgs/[orgId]. */
  route: string;
  /** Build-relative paths, e.g. static/chunks/abc.js. */
  firstLoad: string[];
  /** Chunks fetched by the page's next/dynamic imports, not already in its first load. */
  dynamic: string[];
};

export const DIST_DIR = path.resolve(import.meta.dirname, "../../.next");

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const jsOnly = (files: string[]) => [...new Set(files.filter((file) => file.endsWith(".js")))];

/** `/[locale]/(app)/orgs/[orgId]/page` → `/[locale]/orgs/[orgId]`. */
export function routeOf(appPath: string): string {
  return appPath.replace(/\/page$/, "").split("/").filter((segment) => !/^\(.+\)$/.test(segment)).join("/") || "/";
}

/** The manifest is a script that assigns globalThis.__RSC_MANIFEST; run it in an empty context. */
function readClientReferenceManifest(file: string): z.infer<typeof ZClientReferenceManifest> {
  const context: { __RSC_MANIFEST?: unknown } = {};
  vm.runInNewContext(readFileSync(file, "utf8"), context);
  return ZClientReferenceManifest.parse(context.__RSC_MANIFEST);
}

export function readRouteBundles(distDir = DIST_DIR): TRouteBundle[] {
  if (!existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run npm run build first.`);
  const framework = ZBuildManifest.parse(readJson(path.join(distDir, "build-manifest.json"))).rootMainFiles;
  const appPaths = Object.keys(ZAppPathsManifest.parse(readJson(path.join(distDir, "server/app-paths-manifest.json")))).filter((appPath) => appPath.endsWith("/page"));
  return appPaths
    .map((appPath) => {
      const server = path.join(distDir, "server/app", appPath);
      const entries = readClientReferenceManifest(`${server}_client-reference-manifest.js`)[appPath]?.entryJSFiles ?? {};
      const firstLoad = jsOnly([...framework, ...Object.values(entries).flat()]);
      const loadableFile = path.join(server, "react-loadable-manifest.json");
      const loadable = existsSync(loadableFile) ? ZLoadableManifest.parse(readJson(loadableFile)) : {};
      const dynamic = jsOnly(Object.values(loadable).flatMap((entry) => entry.files)).filter((file) => !firstLoad.includes(file));
      return { route: routeOf(appPath), firstLoad, dynamic };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

const gzipCache = new Map<string, number>();

/** Compressed size of one chunk as a server's gzip would send it. */
export function gzipBytes(file: string, distDir = DIST_DIR): number {
  const cached = gzipCache.get(file);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(path.join(distDir, file))).length;
  gzipCache.set(file, size);
  return size;
}

export const totalGzipBytes = (files: string[], distDir = DIST_DIR) => files.reduce((sum, file) => sum + gzipBytes(file, distDir), 0);
