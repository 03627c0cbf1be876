// The logger for the request being served: every line carries the proxy's request id, so one
// request's lines can be found together (and matched to the X-Request-Id the client saw).
import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "@/lib/security/request-id";
import { logger } from "./logger";

export async function requestLogger() {
  // Outside a request (scripts, tests) there is no id, and the line must still be written.
  const requestId = await headers().then((list) => list.get(REQUEST_ID_HEADER) ?? undefined, () => undefined);
  return logger.child({ requestId });
}
