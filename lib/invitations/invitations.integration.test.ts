import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { findInvitationByToken } from "./find-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { createTestOrganization, createTestUser, membershipOf } from "@/tests/fixtures";

async function invite(role: "CONTRIBUTOR" | "VIEWER" = "CONTRIBUTOR") {
  const organization = await createTestOrganization();
  const owner = await membershipOf(organization.users.OWNER.id, organization.id);
  const invitee = await createTestUser("invitee");
  const invitation = await createInvitation(owner, { email: invitee.email, role });
  return { organization, owner, invitee, ...invitation };
}

describe("[INVITATIONS] single-use, expiring links", () => {
  it("makes the invited person a member with the invited role, and stores only a hash of the token", async () => {
    const { organization, invitee, token, invitationId } = await invite("VIEWER");
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect((await findInvitationByToken(token))?.status).toBe("open");

    await acceptInvitation(invitee, token);
    const membership = await db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: organization.id, userId: invitee.id } } });
    expect(membership.role).toBe("VIEWER");
    expect((await findInvitationByToken(token))?.status).toBe("accepted");
  });

  it("refuses a second use of the same link", async () => {
    const { invitee, token } = await invite();
    await acceptInvitation(invitee, token);
    await expect(acceptInvitation(invitee, token)).rejects.toMatchObject({ code: "invitationInvalid" });
  });

  it("refuses an expired link", async () => {
    const { invitee, token, invitationId } = await invite();
    await db.invitation.update({ where: { id: invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(invitee, token)).rejects.toMatchObject({ code: "invitationInvalid" });
    expect((await findInvitationByToken(token))?.status).toBe("expired");
  });

  it("refuses a link used by someone signed in with another address", async () => {
    const { organization, token } = await invite();
    const stranger = await createTestUser("stranger");
    await expect(acceptInvitation(stranger, token)).rejects.toMatchObject({ code: "invitationEmailMismatch" });
    expect(await db.membership.count({ where: { organizationId: organization.id, userId: stranger.id } })).toBe(0);
  });

  it("refuses a withdrawn link", async () => {
    const { owner, invitee, token, invitationId } = await invite();
    await revokeInvitation(owner, { invitationId });
    await expect(acceptInvitation(invitee, token)).rejects.toMatchObject({ code: "invitationInvalid" });
  });

  it("refuses to invite someone who is already a member", async () => {
    const { organization, owner } = await invite();
    await expect(createInvitation(owner, { email: organization.users.VIEWER.email, role: "VIEWER" })).rejects.toMatchObject({ code: "alreadyMember" });
  });

  it("cannot withdraw another organization's invitation", async () => {
    const first = await invite();
    const second = await invite();
    await expect(revokeInvitation(first.owner, { invitationId: second.invitationId })).rejects.toMatchObject({ code: "notFound" });
    expect((await findInvitationByToken(second.token))?.status).toBe("open");
  });

  it("ignores tokens that are not of the token format", async () => {
    expect(await findInvitationByToken("not-a-token")).toBeNull();
  });
});
