// next-auth's endpoints: sign-in, sign-out, session, CSRF token, OIDC callback.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options-instance";

type TContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: TContext) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
