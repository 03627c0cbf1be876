// The signed-in user of the current request, for pages, actions and route handlers.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { authOptions } from "./auth-options-instance";

export type TSessionUser = { id: string; email: string; name: string };

export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, name: user.name ?? user.email };
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireSessionUser(callbackPath: string): Promise<TSessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const locale = await getLocale();
  return redirect({ href: { pathname: "/sign-in", query: { callbackUrl: `/${locale}${callbackPath}` } }, locale });
}
