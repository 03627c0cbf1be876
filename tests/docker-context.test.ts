// The Docker build context (everything .dockerignore lets in) must hold every module its code
// imports: `next build` type-checks the whole project inside the image, unit tests included.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Left out of the context but made inside the image: by `prisma generate`, and by `next build` (route types). */
const MADE_IN_IMAGE = new Set(["generated", ".next"]);
const IGNORED = new Set(
  readFileSync(path.join(ROOT, ".dockerignore"), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#")),
);

/** The TypeScript files of the top-level entries that .dockerignore lets in. */
function contextFiles(): string[] {
  return readdirSync(ROOT)
    .filter((entry) => !IGNORED.has(entry) && !entry.startsWith("."))
    .flatMap((entry) => {
      const full = path.join(ROOT, entry);
      return statSync(full).isDirectory() ? readdirSync(full, { recursive: true, encoding: "utf8" }).map((file) => path.join(full, file)) : [full];
    })
    .filter((file) => /\.(ts|tsx|mts)$/.test(file) && !file.split(path.sep).includes("node_modules"));
}

function importedTopLevelEntries(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const target = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(file), specifier) : null;
    return target ? [path.relative(ROOT, target).split(path.sep)[0]!] : [];
  });
}

describe("[OPS] Docker build context", () => {
  it("holds every project module that the files in it import", () => {
    const files = contextFiles();
    const missing = files.flatMap((file) =>
      importedTopLevelEntries(file)
        .filter((entry) => IGNORED.has(entry) && !MADE_IN_IMAGE.has(entry))
        .map((entry) => `${path.relative(ROOT, file)} imports from ${entry}/`),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("leaves out the machine's own state", () => {
    for (const entry of ["node_modules", ".next", ".data", ".env.local", ".git"]) expect(IGNORED).toContain(entry);
    expect(existsSync(path.join(ROOT, "Dockerfile"))).toBe(true);
  });
});
