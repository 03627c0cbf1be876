// Calls the real server actions as a signed-in user of one organization against another
// organization's data, and as a VIEWER against their own: every one is refused and nothing changes.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { updateOrganizationAction } from "./organizations";
import { changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./members";
import { addCommentAction, setContributorAccessAction, assignDomainAction, reopenAssessmentAction, reviewAssessmentAction, saveProfileAction, startAssessmentAction } from "./assessments";
import { draftPlanAction, setDomainTargetAction, updateRemediationActionAction } from "./results";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
const signedInAs = (user: TSessionUser | null) => vi.mocked(getSessionUser).mockResolvedValue(user);

type TTarget = { organizationId: string; membershipId: string; invitationId: string; assessmentId: string; actionId: string };

const ORGANIZATION_ACTIONS = {
  updateOrganizationAction: (target: TTarget) =>
    updateOrganizationAction({ organizationId: target.organizationId, name: "Taken over", kind: "COMPANY", sector: "OTHER", sizeBand: "UNDER_100" }),
  inviteMemberAction: (target: TTarget) => inviteMemberAction({ organizationId: target.organizationId, email: "intruder@example.jp", role: "OWNER" }),
  changeMemberRoleAction: (target: TTarget) => changeMemberRoleAction({ organizationId: target.organizationId, membershipId: target.membershipId, role: "OWNER" }),
  removeMemberAction: (target: TTarget) => removeMemberAction({ organizationId: target.organizationId, membershipId: target.membershipId }),
  revokeInvitationAction: (target: TTarget) => revokeInvitationAction({ organizationId: target.organizationId, invitationId: target.invitationId }),
  startAssessmentAction: (target: TTarget) => startAssessmentAction({ organizationId: target.organizationId, questionnaireKey: "corporate", title: "Intruder's assessment" }),
  saveProfileAction: (target: TTarget) => saveProfileAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, profile: { jointResearchUs: true } }),
  assignDomainAction: (target: TTarget) =>
    assignDomainAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, domain: "governance", assigneeId: null }),
  reviewAssessmentAction: (target: TTarget) => reviewAssessmentAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, event: "submit" }),
  reopenAssessmentAction: (target: TTarget) => reopenAssessmentAction({ organizationId: target.organizationId, assessmentId: target.assessmentId }),
  setContributorAccessAction: (target: TTarget) => setContributorAccessAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, readAll: true }),
  addCommentAction: (target: TTarget) => addCommentAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, questionKey: "qa.first", body: "Intruding" }),
  setDomainTargetAction: (target: TTarget) => setDomainTargetAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, domain: "governance", targetLevel: 1, reason: "Lower the bar" }),
  draftPlanAction: (target: TTarget) => draftPlanAction({ organizationId: target.organizationId, assessmentId: target.assessmentId }),
  updateRemediationActionAction: (target: TTarget) =>
    updateRemediationActionAction({ organizationId: target.organizationId, assessmentId: target.assessmentId, actionId: target.actionId, version: 1, fields: { status: "RISK_ACCEPTED", riskAcceptedReason: "Not our problem" } }),
};

async function snapshot(organizationId: string) {
  const [organization, memberships, invitations, assessments, assignments, audit, comments, targets, actions] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    db.membership.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.invitation.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.assessment.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.domainAssignment.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { organizationId } }),
    db.answerComment.count({ where: { organizationId } }),
    db.domainTarget.findMany({ where: { organizationId }, orderBy: { domain: "asc" } }),
    db.remediationAction.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
  ]);
  return { organization, memberships, invitations, assessments, assignments, audit, comments, targets, actions };
}

describe("[AUTHZ] server actions", () => {
  let a: Awaited<ReturnType<typeof createTestOrganization>>;
  let b: Awaited<ReturnType<typeof createTestOrganization>>;
  let targetInB: TTarget;
  let targetInA: TTarget;

  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
    a = await createTestOrganization("A");
    b = await createTestOrganization("B");
    const target = async (organization: typeof a): Promise<TTarget> => {
      const membership = await db.membership.findUniqueOrThrow({
        where: { organizationId_userId: { organizationId: organization.id, userId: organization.users.CONTRIBUTOR.id } },
      });
      const owner = await membershipOf(organization.users.OWNER.id, organization.id);
      const { invitationId } = await createInvitation(owner, { email: "pending@example.jp", role: "VIEWER" });
      const { id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Target" });
      const { id: actionId } = await db.remediationAction.create({ data: { assessmentId, organizationId: organization.id, questionKey: "qa.first", domain: "governance" }, select: { id: true } });
      return { organizationId: organization.id, membershipId: membership.id, invitationId, assessmentId, actionId };
    };
    targetInA = await target(a);
    targetInB = await target(b);
  });

  beforeEach(() => vi.mocked(getSessionUser).mockReset());

  for (const [name, run] of Object.entries(ORGANIZATION_ACTIONS)) {
    it(`${name}: an owner of another organization gets "not found" and changes nothing`, async () => {
      signedInAs(a.users.OWNER);
      const before = await snapshot(b.id);
      const result = await run(targetInB);
      expect(result.serverError).toBe("notFound");
      expect(await snapshot(b.id)).toEqual(before);
    });

    it(`${name}: a VIEWER of the organization is forbidden and changes nothing`, async () => {
      signedInAs(a.users.VIEWER);
      const before = await snapshot(a.id);
      const result = await run(targetInA);
      expect(result.serverError).toBe("forbidden");
      expect(await snapshot(a.id)).toEqual(before);
    });

    it(`${name}: a signed-out caller is refused`, async () => {
      signedInAs(null);
      expect((await run(targetInA)).serverError).toBe("signedOut");
    });
  }

  it("refuses malformed input with field errors before any authorization or write", async () => {
    signedInAs(a.users.OWNER);
    const before = await snapshot(a.id);
    const result = await inviteMemberAction({ organizationId: a.id, email: "not-an-email", role: "SUPERUSER" as "OWNER" });
    expect(result.validationErrors).toMatchObject({ email: { _errors: ["validation.email"] }, role: { _errors: ["validation.choose"] } });
    expect(await snapshot(a.id)).toEqual(before);
  });

  it("lets the owner change a member's role in their own organization", async () => {
    signedInAs(a.users.OWNER);
    const result = await changeMemberRoleAction({ organizationId: a.id, membershipId: targetInA.membershipId, role: "ASSESSOR" });
    expect(result.data).toEqual({ saved: true });
    expect((await db.membership.findUniqueOrThrow({ where: { id: targetInA.membershipId } })).role).toBe("ASSESSOR");
  });
});
