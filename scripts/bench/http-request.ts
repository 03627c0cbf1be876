// One HTTP request on a keep-alive agent with its whole body read, and the tally of failures by
// kind that every measured request reports into.
import http from "node:http";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";

const gunzipAsync = promisify(gunzip);

/** `wireBytes`: the body as it came over the wire, before decompression. */
export type THttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; wireBytes: number };

type TRequestOptions = { agent: http.Agent; method?: string; headers?: http.OutgoingHttpHeaders; body?: string; timeoutMs?: number };

/** Resolves with the response (body decompressed when it came gzipped); rejects on a network error or timeout. */
export function httpRequest(url: string, { agent, method = "GET", headers = {}, body, timeoutMs }: TRequestOptions): Promise<THttpResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const done = (decoded: Buffer) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: decoded, wireBytes: raw.length });
        if (response.headers["content-encoding"] === "gzip") gunzipAsync(raw).then(done, reject);
        else done(raw);
      });
    });
    if (timeoutMs) request.setTimeout(timeoutMs, () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(body);
  });
}

export type TErrorKinds = Map<string, number>;

export function countError(kinds: TErrorKinds, kind: string): void {
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}
