// A request id for log correlation: the proxy's (X-Request-Id) when it looks like an id,
// otherwise a fresh UUID. Anything else (newlines, long or odd strings) is never echoed.
const PLAUSIBLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export const REQUEST_ID_HEADER = "x-request-id";

export function requestIdFrom(incoming: string | null): string {
  return incoming && PLAUSIBLE_ID.test(incoming) ? incoming : crypto.randomUUID();
}
