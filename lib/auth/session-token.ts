// Reads the next-auth session token of the current request. Decrypting a token (HKDF + AES-GCM)
// costs more than the rest of an autosave, and a token never changes once issued, so decoded
// tokens are remembered by their exact string until they expire. Nothing else is kept: another
// app instance decodes the same token to the same result.
import "server-only";
import { LRUCache } from "lru-cache";
import { cookies, headers } from "next/headers";
import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { env } from "@/lib/env";
import { secureCookies, sessionCookie } from "./session-cookie";

const decoded = new LRUCache<string, JWT>({ max: 10_000 });

async function decodeRemembered(params: JWTDecodeParams): Promise<JWT | null> {
  const token = params.token;
  if (!token) return null;
  const nowSeconds = Date.now() / 1000;
  const known = decoded.get(token);
  if (known && typeof known.exp === "number" && known.exp > nowSeconds) return known;
  const payload = await decode(params);
  if (payload && typeof payload.exp === "number") decoded.set(token, payload, { ttl: Math.max(1, (payload.exp - nowSeconds) * 1000) });
  return payload;
}

export async function readSessionToken(): Promise<JWT | null> {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  const request = {
    headers: Object.fromEntries(headerList.entries()),
    cookies: Object.fromEntries(cookieStore.getAll().map(({ name, value }) => [name, value])),
  };
  try {
    // getToken finds the cookie (also when chunked) and checks expiry through `decode`.
    return await getToken({
      req: request as unknown as Parameters<typeof getToken>[0]["req"],
      secret: env().NEXTAUTH_SECRET,
      secureCookie: secureCookies(),
      cookieName: sessionCookie().name,
      decode: decodeRemembered,
    });
  } catch {
    return null;
  }
}
