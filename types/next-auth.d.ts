import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
  interface User {
    /** The user's session version at sign-in (lib/auth/session-policy.ts). */
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sessionVersion?: number;
    /** Seconds since the epoch when the password or SSO was last entered; never renewed. */
    signedInAt?: number;
  }
}
