// Maps a user signed in through the organization's SSO to a Mamori account, by email.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";

export async function linkSsoUser({ email, name }: { email: string; name: string }) {
  const normalized = email.trim().toLowerCase();
  const user = await db.user.upsert({
    where: { email: normalized },
    update: {},
    create: { email: normalized, name: name.slice(0, 100) },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  await recordAudit(db, { actorId: user.id, action: "user.signInSso", targetType: "User", targetId: user.id });
  return user;
}
