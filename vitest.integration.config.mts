// Integration tests against real PostgreSQL: a throwaway embedded cluster per run.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts") } },
  test: {
    include: ["**/*.integration.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
    globalSetup: ["tests/integration-global-setup.ts"],
    setupFiles: ["tests/integration-setup.ts"],
    // One database for the run: files run one after another so fixtures never collide.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
