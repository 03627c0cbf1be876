// The session cookie's name and attributes, shared by next-auth (options.ts) and the token reader
// (session-token.ts) so both always look for the same cookie. HttpOnly and SameSite=Lax always;
// Secure, with the __Secure- prefix browsers enforce, whenever Mamori is reached over https.
import { env } from "@/lib/env";

export function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookie() {
  const secure = secureCookies();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
