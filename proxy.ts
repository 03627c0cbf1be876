// Pages get their Content-Security-Policy nonce, a request id (logs) and the locale from the URL,
// the NEXT_LOCALE cookie or Accept-Language (locale-less paths redirect). API routes do not come
// here: running the proxy costs about 0.5 ms a request (measured on autosave), and they need
// only the request id, which the production server sets on every request (scripts/serve.mjs).
// Authorization is not done here: every page, action and route checks it itself.
import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/security/request-id";

const localize = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  headers.set(REQUEST_ID_HEADER, requestId);

  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  // Next reads the nonce for its own scripts from the policy on the request.
  headers.set("content-security-policy", policy);
  const response = localize(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next|_vercel|.*\\..*).*)"],
};
