// How long a session lives, and which session tokens still count. Pure: the clock is passed in.
//
// OWASP ASVS 4.0.3 V3.3.2 (level 2): re-authentication after 12 hours, or after 30 minutes of
// inactivity. The token's `exp` is the idle deadline: next-auth sets it 30 minutes ahead whenever
// the browser renews the session, which it does while the person is using Mamori
// (components/auth/session-keep-alive.tsx). `signedInAt` never moves, and ends every session
// 12 hours after the password (or SSO) was last entered, however active. `sessionVersion` is the
// user's at sign-in: "sign out of all devices" and a password change raise the stored one.
import type { JWT } from "next-auth/jwt";

export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** An active browser renews at most this often, so the idle deadline lands 25–30 minutes after the last activity. */
export const SESSION_RENEW_AFTER_SECONDS = 5 * 60;

export type TSessionClaims = { userId: string; sessionVersion: number; signedInAt: number };

/** The claims of a token that is still within its lifetimes, or null. */
export function liveSessionClaims(token: JWT | null, nowSeconds: number): TSessionClaims | null {
  if (!token?.sub || typeof token.sessionVersion !== "number" || typeof token.signedInAt !== "number") return null;
  if (typeof token.exp !== "number" || token.exp <= nowSeconds) return null;
  if (nowSeconds - token.signedInAt >= SESSION_ABSOLUTE_SECONDS) return null;
  return { userId: token.sub, sessionVersion: token.sessionVersion, signedInAt: token.signedInAt };
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
