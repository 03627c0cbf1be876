import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "./client-messages";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

describe("[I18N] messages sent to the browser", () => {
  it("include every namespace a client component reads", () => {
    const used = new Set<string>();
    for (const file of ["app", "components", "lib"].flatMap((folder) => sourceFiles(path.join(ROOT, folder)))) {
      const source = readFileSync(file, "utf8");
      if (!/^["']use client["']/m.test(source)) continue;
      for (const match of source.matchAll(/useTranslations\(\s*["']([^"'.]+)/g)) used.add(match[1]!);
      // useTranslations() with no namespace serves useMessageKey: errors and validation.
      if (/useTranslations\(\s*\)/.test(source)) ["errors", "validation"].forEach((namespace) => used.add(namespace));
    }
    expect([...used].filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });
});
