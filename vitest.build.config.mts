// Build-level tests: they read the production build in .next, so `npm test` runs them after `npm run build`.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.build.test.ts"],
    exclude: ["node_modules/**", ".next/**"],
    environment: "node",
  },
});
