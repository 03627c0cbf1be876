// Who a decoded session token stands for, if it still counts.
import "server-only";
import type { JWT } from "next-auth/jwt";
import { loadUserAccess } from "@/lib/authz/user-access";
import { liveSessionClaims, nowInSeconds } from "./session-policy";

export type TSessionUser = { id: string; email: string; name: string };

/**
 * A token counts while it is within its idle and absolute lifetimes and carries the user's current
 * session version. The version comes from the same query that loads the memberships authorization
 * reads (lib/authz/user-access.ts), so checking it costs no extra round trip.
 */
export async function sessionUserFromToken(token: JWT | null, nowSeconds = nowInSeconds()): Promise<TSessionUser | null> {
  const claims = liveSessionClaims(token, nowSeconds);
  if (!claims) return null;
  const access = await loadUserAccess(claims.userId);
  if (!access || access.sessionVersion !== claims.sessionVersion) return null;
  return access.user;
}
