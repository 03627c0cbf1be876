// next-auth configuration: email + password always, a generic OIDC provider (Entra ID, Okta…)
// when OIDC_* variables are set. Sessions are JWTs carrying our user id, the user's session
// version and the sign-in time; their lifetimes are in session-policy.ts.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, oidcConfigured } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { verifyCredentials } from "./verify-credentials";
import { linkSsoUser } from "./link-sso-user";
import { secureCookies, sessionCookie } from "./session-cookie";
import { nowInSeconds, SESSION_IDLE_SECONDS } from "./session-policy";
import { sessionUserFromToken } from "./session-user";

type TOidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string; preferred_username?: string };

/** Set by the production server from the connection (scripts/serve.mjs, TRUSTED_PROXY_HOPS), so one address. */
function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  return first || "direct";
}

function oidcProvider(): OAuthConfig<TOidcProfile> {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_NAME } = env();
  return {
    id: "oidc",
    name: OIDC_NAME ?? "SSO",
    type: "oauth",
    wellKnown: `${OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: OIDC_CLIENT_ID,
    clientSecret: OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.preferred_username ?? profile.email ?? null }),
  };
}

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    // The token's own expiry too: next-auth's default would let a token outlive its cookie by 30 days.
    jwt: { maxAge: SESSION_IDLE_SECONDS },
    useSecureCookies: secureCookies(),
    cookies: { sessionToken: sessionCookie() },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    logger: {
      // An ended session that a browser tries to renew is expected, not a server fault.
      error: (code, metadata) => (code === "JWT_SESSION_ERROR" ? logger.info({ code }, "session renewal refused") : logger.error({ code, metadata }, "next-auth error")),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => {},
    },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        authorize: (credentials, request) => verifyCredentials(credentials, clientAddress(request?.headers)),
      }),
      ...(oidcConfigured() ? [oidcProvider()] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const oidcProfile = profile as TOidcProfile | undefined;
        // Only an address the identity provider vouches for may map to a Mamori account.
        return Boolean(oidcProfile?.email && oidcProfile.email_verified !== false);
      },
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "oidc" && profile) {
          const oidcProfile = profile as TOidcProfile;
          const linked = await linkSsoUser({ email: oidcProfile.email!, name: user?.name ?? oidcProfile.email! });
          return { ...token, sub: linked.id, name: linked.name, email: linked.email, sessionVersion: linked.sessionVersion, signedInAt: nowInSeconds() };
        }
        if (user) {
          if (typeof user.sessionVersion !== "number") throw new Error("Signed-in user without a session version");
          return { ...token, sub: user.id, sessionVersion: user.sessionVersion, signedInAt: nowInSeconds() };
        }
        // A renewal (GET /api/auth/session): one that no longer counts throws, and next-auth then
        // clears the cookie instead of extending it.
        if (!(await sessionUserFromToken(token))) throw new Error("Session ended");
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
