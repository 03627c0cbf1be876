import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "./record-audit";
import { createTestOrganization, createTestUser } from "@/tests/fixtures";

async function auditedOrganization() {
  const organization = await createTestOrganization("Audited");
  await recordAudit(db, { organizationId: organization.id, actorId: organization.users.OWNER.id, action: "organization.update", targetType: "Organization", targetId: organization.id, changes: { name: ["Old", "Audited"] } });
  const entry = await db.auditLog.findFirstOrThrow({ where: { organizationId: organization.id, action: "organization.update" } });
  return { organization, entry };
}

describe("[AUDIT] the audit log is append-only", () => {
  it("takes new rows", async () => {
    const { entry } = await auditedOrganization();
    expect(entry.changes).toEqual({ name: ["Old", "Audited"] });
  });

  it("refuses to change or delete a row through Prisma", async () => {
    const { entry } = await auditedOrganization();
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "organization.create" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.updateMany({ where: { id: entry.id }, data: { changes: {} } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { organizationId: entry.organizationId } })).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("refuses UPDATE, DELETE and TRUNCATE in raw SQL, even ones that match no row", async () => {
    const { entry } = await auditedOrganization();
    await expect(db.$executeRaw`UPDATE "AuditLog" SET action = 'x' WHERE id = ${entry.id}`).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = ${entry.id}`).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE id = -1`).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("refuses to delete an organization or a user that appears in the log, instead of erasing their rows", async () => {
    const { organization, entry } = await auditedOrganization();
    await expect(db.organization.delete({ where: { id: organization.id } })).rejects.toThrow();
    await expect(db.user.delete({ where: { id: organization.users.OWNER.id } })).rejects.toThrow();
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
    expect(await db.organization.count({ where: { id: organization.id } })).toBe(1);
    // Someone the log never mentions can still be deleted.
    const stranger = await createTestUser("stranger");
    await db.user.delete({ where: { id: stranger.id } });
    expect(await db.user.count({ where: { id: stranger.id } })).toBe(0);
  });
});
