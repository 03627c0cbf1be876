// Email + password sign-in: validated, rate-limited, audited.
import "server-only";
import { db } from "@/lib/db/client";
import { ZSignInInput } from "@/lib/validation/auth";
import { recordAudit } from "@/lib/audit/record-audit";
import { logger } from "@/lib/log/logger";
import { loginBlocked, recordLoginFailure, recordLoginSuccess } from "./login-rate-limit";
import { verifyPassword } from "./password";

export type TAuthenticatedUser = { id: string; email: string; name: string; sessionVersion: number };

export async function verifyCredentials(credentials: unknown, clientAddress: string): Promise<TAuthenticatedUser | null> {
  const parsed = ZSignInInput.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  // Attempts while locked are not audited one by one: the row of the failure that locked the
  // account says so, and nobody outside can grow the append-only log at will.
  if (await loginBlocked(email, clientAddress)) {
    logger.info({ clientAddress }, "sign-in refused while rate-limited");
    return null;
  }

  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!user || !valid) {
    const { accountLocked } = await recordLoginFailure(email, clientAddress);
    // Failures on an existing account are the account's business (its owner sees them); attempts on
    // addresses without an account go to the server log only. Never the password.
    if (user) {
      await recordAudit(db, { actorId: null, action: "user.signInFailed", targetType: "User", targetId: user.id, changes: { address: clientAddress, ...(accountLocked && { locked: true }) } });
    } else {
      logger.info({ clientAddress }, "sign-in failed for an unknown account");
    }
    return null;
  }
  await recordLoginSuccess(email);
  await recordAudit(db, { actorId: user.id, action: "user.signIn", targetType: "User", targetId: user.id, changes: { address: clientAddress } });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
