// Sign-up: a new account with a bcrypt-hashed password.
import "server-only";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import type { TSignUpInput } from "@/lib/validation/auth";

export async function createUser({ name, email, password }: TSignUpInput): Promise<{ id: string }> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new DomainError("emailTaken");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { name, email, passwordHash }, select: { id: true } });
    await recordAudit(tx, { actorId: user.id, action: "user.signUp", targetType: "User", targetId: user.id });
    return user;
  });
}
