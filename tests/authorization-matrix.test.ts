// The matrix lists exactly the pages, route handlers and server actions the app has: adding one
// without deciding who may use it fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTES } from "./authorization-matrix";

const root = path.resolve(import.meta.dirname, "..");
const filesNamed = (directory: string, name: string) =>
  (readdirSync(path.join(root, directory), { recursive: true, encoding: "utf8" }) as string[]).filter((file) => path.basename(file) === name).map((file) => path.join(directory, file));
// Route groups like (app) do not appear in URLs.
const urlPath = (file: string, base: string) => `/${path.dirname(path.relative(base, file)).split(path.sep).filter((part) => !/^\(.*\)$/.test(part) && part !== ".").join("/")}`;

describe("authorization matrix", () => {
  it("has an entry for every page and no entry for a page that is gone", () => {
    const pages = filesNamed("app", "page.tsx").map((file) => urlPath(file, "app/[locale]"));
    expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
  });

  it("has an entry for every method of every route handler", () => {
    const routes = filesNamed("app", "route.ts").flatMap((file) => {
      const source = readFileSync(path.join(root, file), "utf8");
      const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]);
      // next-auth's handler is exported under both names in one statement.
      const reexported = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((match) => match[1]!.split(",").map((name) => name.split(" as ").pop()!.trim()));
      return [...methods, ...reexported.filter((name) => /^(GET|POST|PUT|PATCH|DELETE)$/.test(name))].map((method) => `${method} ${urlPath(file, "app")}`);
    });
    expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it("has an entry for every server action", () => {
    // Every module that starts with "use server" exports server actions only.
    const actions = (readdirSync(path.join(root, "lib/actions"), { recursive: true, encoding: "utf8" }) as string[]).flatMap((file) => {
      if (!file.endsWith(".ts")) return [];
      const source = readFileSync(path.join(root, "lib/actions", file), "utf8");
      return source.startsWith('"use server"') ? [...source.matchAll(/export (?:const|async function) (\w+)/g)].map((match) => match[1]!) : [];
    });
    expect(actions.sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it("finds server actions nowhere but lib/actions, so none escapes the table", () => {
    const elsewhere = ["app", "components", "lib"].flatMap((directory) =>
      (readdirSync(path.join(root, directory), { recursive: true, encoding: "utf8" }) as string[])
        .filter((file) => /\.tsx?$/.test(file) && !path.join(directory, file).startsWith(path.join("lib", "actions")))
        .filter((file) => readFileSync(path.join(root, directory, file), "utf8").includes('"use server"'))
        .map((file) => path.join(directory, file)),
    );
    expect(elsewhere).toEqual([]);
  });
});
