// The signed-in user of the current request, for pages, actions and route handlers.
import "server-only";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { readSessionToken } from "./session-token";
import { sessionUserFromToken, type TSessionUser } from "./session-user";

export type { TSessionUser };

export const getSessionUser = cache(async (): Promise<TSessionUser | null> => sessionUserFromToken(await readSessionToken()));

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireSessionUser(callbackPath: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const locale = await getLocale();
  return redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}${callbackPath}` } }, locale });
}
