// Ends every session of a user, on every device, this one included: raising the session version
// makes every token issued before refused on its next request (lib/auth/session-user.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";

export async function signOutEverywhere(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
    await recordAudit(tx, { actorId: userId, action: "user.signOutEverywhere", targetType: "User", targetId: userId });
  });
}
