// What proxy.ts puts on requests and responses: a fresh script nonce per page, the policy Next
// reads it from, and a request id that cannot be used to inject into logs or headers.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import proxy from "@/proxy";
import { contentSecurityPolicy } from "./content-security-policy";

const page = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
const nonceOf = (policy: string | null) => policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
// Headers the proxy passes on to the page render (Next's convention for middleware overrides).
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);

describe("proxy", () => {
  it("gives every page a policy with a fresh nonce, and hands the same policy to the render", () => {
    const first = page("/ja/sign-in");
    const second = page("/ja/sign-in");
    const policy = first.headers.get("content-security-policy");
    expect(policy).toContain("script-src 'self' 'nonce-");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(nonceOf(policy)).toHaveLength(24);
    expect(nonceOf(policy)).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    expect(forwarded(first, "content-security-policy")).toBe(policy);
  });

  it("still localizes: a locale-less path redirects to the browser's language", () => {
    const response = page("/orgs", { "accept-language": "en-US,en;q=0.9" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/en/orgs");
    expect(response.headers.get("content-security-policy")).toContain("'nonce-");
  });

  it("keeps a plausible request id from the reverse proxy and replaces anything else", () => {
    expect(page("/ja", { "x-request-id": "req-0123456789abcdef" }).headers.get("x-request-id")).toBe("req-0123456789abcdef");
    for (const hostile of ["id; with spaces", "<script>alert(1)</script>", "x".repeat(500), "short"]) {
      const id = page("/ja", { "x-request-id": hostile }).headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("allows eval and the dev websocket only in development, and upgrades requests only behind HTTPS", () => {
    const production = contentSecurityPolicy({ nonce: "n", development: false, https: false });
    expect(production).not.toContain("unsafe-eval");
    expect(production).not.toContain("upgrade-insecure-requests");
    expect(production).toContain("object-src 'none'");
    expect(production).toContain("form-action 'self'");
    expect(contentSecurityPolicy({ nonce: "n", development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toContain("upgrade-insecure-requests");
  });
});
