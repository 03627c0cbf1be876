import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "./record-audit";
import { exportAuditLog } from "./export-audit-log";
import { listAuditLog } from "./list-audit-log";
import { createTestOrganization, createTestUser, membershipOf } from "@/tests/fixtures";

describe("[AUDIT] an organization's audit log", () => {
  it("shows its members' sign-ins and failed attempts since they joined, and nobody else's", async () => {
    const organization = await createTestOrganization("Signed in");
    const other = await createTestOrganization("Elsewhere");
    const member = organization.users.CONTRIBUTOR;
    const joinedAt = (await db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: organization.id, userId: member.id } } })).createdAt;
    const stranger = await createTestUser("stranger");
    await recordAudit(db, { actorId: null, action: "user.signInFailed", targetType: "User", targetId: member.id, changes: { address: "198.51.100.7" } });
    await recordAudit(db, { actorId: member.id, action: "user.signIn", targetType: "User", targetId: member.id, changes: { address: "198.51.100.7" } });
    await recordAudit(db, { actorId: stranger.id, action: "user.signIn", targetType: "User", targetId: stranger.id });
    await recordAudit(db, { actorId: other.users.OWNER.id, action: "user.signIn", targetType: "User", targetId: other.users.OWNER.id });
    // A member's sign-up predates their membership and says nothing about this organization.
    await db.$executeRaw`INSERT INTO "AuditLog" ("actorId", action, "targetType", "targetId", "createdAt") VALUES (${member.id}, 'user.signIn', 'User', ${member.id}, ${new Date(joinedAt.getTime() - 60_000)})`;

    const entries = await listAuditLog(await membershipOf(organization.users.ASSESSOR.id, organization.id));
    const signIns = entries.filter((entry) => entry.action.startsWith("user."));
    expect(signIns.map((entry) => [entry.action, entry.actor?.email ?? null, entry.account?.email])).toEqual([
      ["user.signIn", member.email, member.email],
      ["user.signInFailed", null, member.email],
    ]);
    expect(entries.map((entry) => entry.action)).toContain("organization.create");
    expect(entries.some((entry) => entry.account?.email === stranger.email || entry.account?.email === other.users.OWNER.email)).toBe(false);
  });

  it("records who downloaded it as CSV, with the members' sign-ins in the file", async () => {
    const organization = await createTestOrganization("Exported");
    await recordAudit(db, { actorId: null, action: "user.signInFailed", targetType: "User", targetId: organization.users.VIEWER.id, changes: { address: "203.0.113.5" } });
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const csv = await exportAuditLog(owner);
    expect(csv.startsWith("\uFEFFtime,actor,account,action,targetType,targetId,changes")).toBe(true);
    expect(csv).toContain(`,,${organization.users.VIEWER.email},user.signInFailed,User,`);
    const exported = await db.auditLog.findFirstOrThrow({ where: { organizationId: organization.id, action: "auditLog.export" } });
    expect(exported).toMatchObject({ actorId: organization.users.OWNER.id, targetType: "Organization", targetId: organization.id });
  });
});
