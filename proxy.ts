// Picks the locale from the URL, the NEXT_LOCALE cookie or Accept-Language, and redirects
// locale-less paths. Authorization is not done here: every page and action checks it itself.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
