// Whether an error means the database cannot be reached right now (stopped, restarting, the
// connection cut), as opposed to a bug: callers answer "unavailable" (503) and clients retry.
// Covers both Prisma's errors and node-postgres's own (the sign-in limiter's pool).

// Prisma: can't reach the server, timed out reaching it, the server closed the connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL's SQLSTATEs for a shutdown or crash (57P01–57P03) and for connection exceptions (08…).
const UNAVAILABLE_SQLSTATE = /^(57P0[1-3]|08)/;

type TErrorShape = { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } } };

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, message, meta } = error as TErrorShape;
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  const cause = meta?.driverAdapterError?.cause;
  if (cause && (ADAPTER_KINDS.has(String(cause.kind)) || (cause.kind === "postgres" && UNAVAILABLE_SQLSTATE.test(String(cause.code))))) return true;
  // node-postgres, when the server goes away in the middle of a query.
  return typeof message === "string" && /^Connection terminated/.test(message);
}
