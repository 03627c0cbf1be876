// What the account page needs besides the activity: whether the account has a password at all
// (accounts made through SSO have none).
import "server-only";
import { db } from "@/lib/db/client";

export async function getAccountSecurity(userId: string): Promise<{ hasPassword: boolean }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return { hasPassword: user.passwordHash !== null };
}
