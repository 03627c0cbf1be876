// The production server under test: scripts/serve.mjs on a free loopback port against the bench
// database, ready once its health route answers.
import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort } from "../lib/embedded-postgres";
import { serverBin } from "../lib/next-bin";

export async function startBenchServer(databaseUrl: string): Promise<{ baseUrl: string; server: ChildProcess }> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" WEB_CONCURRENCY=1 profiles the server.
  const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeFlags, serverBin, "-p", String(port)], {
    stdio: "ignore",
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-00", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (let attempt = 0; ; attempt++) {
    const ready = await fetch(`${baseUrl}/api/ready`).then((response) => response.ok).catch(() => false);
    if (ready) break;
    if (attempt > 120) {
      server.kill("SIGTERM");
      throw new Error("server did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, server };
}
