// The production server: Next.js in one worker process per core (WEB_CONCURRENCY, default up to
// 2), sharing one port through node:cluster. A single Next process saturates one core; the app
// keeps no state in memory, so the workers need nothing from each other. It is Next's own request
// handler behind a plain HTTP server (rather than `next start`) for one reason: only the server
// sees the connection's address, so it sets X-Forwarded-For to the client's real address before
// the app reads it (scripts/lib/client-address.ts; TRUSTED_PROXY_HOPS proxies in front). It also
// gives every request its request id, so that API routes need not go through proxy.ts.
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import http from "node:http";
import path from "node:path";

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
  await serve();
}

/** `-p PORT` (as `next start` takes it), else PORT, else 3000. */
function portFromArguments() {
  const flag = process.argv.findIndex((argument) => argument === "-p" || argument === "--port");
  return flag >= 0 ? process.argv[flag + 1] : process.env.PORT || undefined;
}

async function serve() {
  // As `next start` does; before Next is loaded, which reads it.
  process.env.NODE_ENV ??= "production";
  const [{ default: next }, { clientAddress }, { ZPort, ZTrustedProxyHops }, { REQUEST_ID_HEADER, requestIdFrom }] = await Promise.all([
    import("next"),
    import("./lib/client-address.ts"),
    import("./lib/server-settings.ts"),
    import("../lib/security/request-id.ts"),
  ]);
  const hops = ZTrustedProxyHops.safeParse(process.env.TRUSTED_PROXY_HOPS || undefined);
  const port = ZPort.safeParse(portFromArguments());
  if (!hops.success || !port.success) {
    console.error(`Mamori cannot start: ${!hops.success ? "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10 (the reverse proxies in front of it)" : "the port must be a number from 1 to 65535"}`);
    process.exit(INVALID_CONFIG_EXIT_CODE);
  }
  const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), port: port.data });
  // Runs instrumentation.ts, which exits with INVALID_CONFIG_EXIT_CODE on a bad configuration.
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    request.headers["x-forwarded-for"] = clientAddress({ socketAddress: request.socket.remoteAddress, forwardedFor: request.headers["x-forwarded-for"], trustedProxyHops: hops.data });
    // The reverse proxy's id when plausible, else a fresh one; proxy.ts keeps it for pages.
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER] ?? null);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    handle(request, response).catch((error) => {
      // Next answers its own errors; this is only for one escaping it. No detail to the client.
      console.error(`request ${requestId} failed`, error);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal Server Error");
    });
  });
  server.listen(port.data, () => console.log(`Mamori is serving on port ${port.data} (process ${process.pid})`));
  // Finish what is in flight, then exit (128 + signal, as `next start` does).
  for (const [signal, code] of [["SIGTERM", 143], ["SIGINT", 130]]) {
    process.on(signal, () => {
      server.close(() => process.exit(code));
      server.closeIdleConnections();
      setTimeout(() => process.exit(code), 5_000).unref();
    });
  }
}
