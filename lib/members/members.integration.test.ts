import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";
import { listMembers } from "./list-members";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";

async function membershipId(organizationId: string, userId: string) {
  const membership = await db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId, userId } }, select: { id: true } });
  return membership.id;
}

describe("[MEMBERS] roles and removal", () => {
  it("changes a role and records who changed it from what to what", async () => {
    const organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const target = await membershipId(organization.id, organization.users.VIEWER.id);
    await changeMemberRole(owner, { membershipId: target, role: "ASSESSOR" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: target } })).role).toBe("ASSESSOR");
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: organization.id, action: "member.changeRole" } });
    expect(audit.actorId).toBe(organization.users.OWNER.id);
    expect(audit.changes).toMatchObject({ role: ["VIEWER", "ASSESSOR"] });
  });

  it("never leaves an organization without an owner", async () => {
    const organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const ownerMembership = await membershipId(organization.id, organization.users.OWNER.id);
    await expect(changeMemberRole(owner, { membershipId: ownerMembership, role: "VIEWER" })).rejects.toMatchObject({ code: "lastOwner" });
    await expect(removeMember(owner, { membershipId: ownerMembership })).rejects.toMatchObject({ code: "lastOwner" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMembership } })).role).toBe("OWNER");
  });

  it("cannot touch a membership of another organization, even with its id", async () => {
    const a = await createTestOrganization("A");
    const b = await createTestOrganization("B");
    const ownerOfA = await membershipOf(a.users.OWNER.id, a.id);
    const viewerOfB = await membershipId(b.id, b.users.VIEWER.id);
    await expect(changeMemberRole(ownerOfA, { membershipId: viewerOfB, role: "OWNER" })).rejects.toMatchObject({ code: "notFound" });
    await expect(removeMember(ownerOfA, { membershipId: viewerOfB })).rejects.toMatchObject({ code: "notFound" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: viewerOfB } })).role).toBe("VIEWER");
  });

  it("lists only the caller's organization's members", async () => {
    const a = await createTestOrganization("A");
    await createTestOrganization("B");
    const { members } = await listMembers(await membershipOf(a.users.VIEWER.id, a.id));
    expect(members.map((member) => member.user.id).sort()).toEqual(Object.values(a.users).map((user) => user.id).sort());
  });
});
