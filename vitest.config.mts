// Unit tests: pure modules, no database.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts") } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["**/*.integration.test.ts", "**/*.build.test.ts", "node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    // next-intl's ESM imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
  },
});
