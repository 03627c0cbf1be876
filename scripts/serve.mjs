// The production server: `next start` in one worker process per core (WEB_CONCURRENCY, default
// up to 2), sharing one port through node:cluster. A single Next process saturates one core; the
// app keeps no state in memory, so the workers need nothing from each other.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import path from "node:path";

const nextBin = path.resolve(import.meta.dirname, "../node_modules/next/dist/bin/next");
const INVALID_CONFIG_EXIT_CODE = 78; // lib/env-startup.ts
const workers = Number(process.env.WEB_CONCURRENCY ?? Math.min(2, availableParallelism()));

if (cluster.isPrimary && workers > 1) {
  let stopping = false;
  for (let index = 0; index < workers; index++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A worker that found the configuration invalid (lib/env-startup.ts): another would too.
    if (code === INVALID_CONFIG_EXIT_CODE) {
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exit(INVALID_CONFIG_EXIT_CODE);
    }
    console.error(`server worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 5_000).unref();
    cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
} else {
  // Run Next's own CLI in this process, with the arguments given to this script.
  process.argv = [process.argv[0], nextBin, "start", ...process.argv.slice(2)];
  await import(nextBin);
}
