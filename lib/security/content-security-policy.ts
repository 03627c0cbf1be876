// The Content-Security-Policy of every page: scripts only from this origin or carrying the
// request's nonce (Next adds it to its own inline scripts when it finds the policy on the
// request), nothing may frame the app, forms post only here.
export type TPolicyOptions = {
  nonce: string;
  /** `next dev` evaluates code for fast refresh and talks to its websocket. */
  development: boolean;
  /** Behind HTTPS every http: subresource is upgraded. */
  https: boolean;
};

export function contentSecurityPolicy({ nonce, development, https }: TPolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets the nonce-bearing bootstrap load the route's chunks.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Inline styles stay allowed: React style attributes (chart geometry, progress bars) are
    // not scripts, and a nonce cannot cover attributes.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "frame-ancestors": ["'none'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'", "blob:"],
  };
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
