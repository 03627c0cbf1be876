// Builds the app when there is no production build or the sources changed since the last one.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { nextBin } from "./next-bin";

const root = path.resolve(import.meta.dirname, "../..");
const SOURCES = ["app", "components", "lib", "messages", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.js", "package.json"];

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => Math.max(newest, newestChange(path.join(target, entry))), stat.mtimeMs);
}

export function buildIfStale(): void {
  const buildId = path.join(root, ".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(path.join(root, source))));
  if (builtAt > changedAt) return;
  console.log("Building Mamori (first start or sources changed)…");
  execFileSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}
