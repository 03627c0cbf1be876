// Email + password sign-in: validated, rate-limited, audited.
import "server-only";
import { db } from "@/lib/db/client";
import { ZSignInInput } from "@/lib/validation/auth";
import { recordAudit } from "@/lib/audit/record-audit";
import { loginBlocked, recordLoginFailure, recordLoginSuccess } from "./login-rate-limit";
import { verifyPassword } from "./password";

export type TAuthenticatedUser = { id: string; email: string; name: string };

export async function verifyCredentials(credentials: unknown, clientAddress: string): Promise<TAuthenticatedUser | null> {
  const parsed = ZSignInInput.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  if (await loginBlocked(email, clientAddress)) return null;

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) {
    await recordLoginFailure(email, clientAddress);
    return null;
  }
  await recordLoginSuccess(email);
  await recordAudit(db, { actorId: user.id, action: "user.signIn", targetType: "User", targetId: user.id });
  return { id: user.id, email: user.email, name: user.name };
}
