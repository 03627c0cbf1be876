// A signed-in user sets a new password after giving the current one (ASVS V2.1.5, V2.1.6). Every
// session of the account ends with it, as with "sign out of all devices": whoever knew the old
// password is signed out too.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { DomainError } from "@/lib/errors";
import type { TChangePasswordInput } from "@/lib/validation/auth";

export async function changePassword(userId: string, { currentPassword, newPassword }: TChangePasswordInput): Promise<void> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) throw new DomainError("wrongPassword");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { id: true } });
    await recordAudit(tx, { actorId: userId, action: "user.changePassword", targetType: "User", targetId: userId });
  });
}
