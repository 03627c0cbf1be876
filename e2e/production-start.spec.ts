// The production server itself (the same build the other journeys use), started without its
// session secret: it must stop, not come up and fail every request.
import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { findFreePort } from "../scripts/lib/embedded-postgres";
import { serverBin } from "../scripts/lib/next-bin";

test("[STARTUP] the production server refuses to start without NEXTAUTH_SECRET, on every worker", async () => {
  const port = await findFreePort();
  // Empty rather than unset: Next would otherwise fill it from a .env.local that `npm start`
  // wrote on this machine (the check must see no secret, whatever the checkout holds).
  const environment = { ...process.env, NEXTAUTH_SECRET: "" };
  const server = spawn(process.execPath, [serverBin, "-p", String(port)], {
    env: { ...environment, NODE_ENV: "production", WEB_CONCURRENCY: "2", DATABASE_URL: "postgresql://mamori@127.0.0.1:1/mamori", NEXTAUTH_URL: `http://localhost:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      server.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    server.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  expect(exitCode, output).toBe(78);
  expect(output).toMatch(/Mamori cannot start: Invalid environment:[\s\S]*NEXTAUTH_SECRET/);
  await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
});
