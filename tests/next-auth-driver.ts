// Drives next-auth's own request handler in-process with the app's options (through its API-route
// entry, which takes plain objects), keeping cookies the way a browser would: sign-in and session
// renewal exactly as /api/auth/* performs them, Set-Cookie headers included.
import NextAuth, { type AuthOptions } from "next-auth";

type TCapturedResponse = { status: number; headers: Map<string, string | string[]>; body: unknown };

export class NextAuthDriver {
  readonly jar = new Map<string, string>();
  /** The Set-Cookie headers of the last response, as the browser received them. */
  lastSetCookies: string[] = [];

  constructor(private readonly options: AuthOptions) {}

  private async call(method: "GET" | "POST", route: string[], body?: Record<string, string>): Promise<TCapturedResponse> {
    const captured: TCapturedResponse = { status: 200, headers: new Map(), body: undefined };
    const response = {
      status(code: number) {
        captured.status = code;
        return response;
      },
      setHeader(name: string, value: string | string[]) {
        captured.headers.set(name.toLowerCase(), value);
        return response;
      },
      getHeader: (name: string) => captured.headers.get(name.toLowerCase()),
      end: () => undefined,
      send: (sent: unknown) => void (captured.body = sent),
      json: (sent: unknown) => void (captured.body = sent),
    };
    const request = { method, query: { nextauth: route }, body, cookies: Object.fromEntries(this.jar), headers: { "x-forwarded-for": "192.0.2.10" } };
    await (NextAuth as unknown as (req: unknown, res: unknown, options: AuthOptions) => Promise<void>)(request, response, this.options);
    const setCookies = captured.headers.get("set-cookie") ?? [];
    this.lastSetCookies = Array.isArray(setCookies) ? setCookies : [setCookies];
    for (const header of this.lastSetCookies) {
      const [pair = "", ...attributes] = header.split(";").map((part) => part.trim());
      const [name = "", value = ""] = pair.split(/=(.*)/s);
      const cleared = !value || attributes.some((attribute) => /^max-age=0$/i.test(attribute) || /^expires=thu, 01 jan 1970/i.test(attribute));
      if (cleared) this.jar.delete(name);
      else this.jar.set(name, decodeURIComponent(value));
    }
    return captured;
  }

  async signIn(email: string, password: string) {
    const csrf = await this.call("GET", ["csrf"]);
    const { csrfToken } = csrf.body as { csrfToken: string };
    return this.call("POST", ["callback", "credentials"], { csrfToken, email, password, json: "true" });
  }

  /** What the browser's keep-alive does: GET /api/auth/session, which renews the session cookie. */
  renewSession() {
    return this.call("GET", ["session"]);
  }

  csrf() {
    return this.call("GET", ["csrf"]);
  }

  cookie(name: string): string | undefined {
    return this.jar.get(name);
  }

  setCookieHeader(name: string): string | undefined {
    return this.lastSetCookies.find((header) => header.startsWith(`${name}=`));
  }
}
