// Calls every real server action as each subject of the authorization matrix
// (tests/authorization-matrix.ts): the roles it lists get past authorization; other roles are
// forbidden, users of another organization get "not found", signed-out callers are refused, and
// no refused call changes anything.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createTestOrganization, createTestUser, membershipOf } from "@/tests/fixtures";
import { createOrganizationAction, updateOrganizationAction } from "./organizations";
import { acceptInvitationAction, changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "./members";
import { addCommentAction, setContributorAccessAction, assignDomainAction, reopenAssessmentAction, reviewAssessmentAction, saveProfileAction, startAssessmentAction } from "./assessments";
import { draftPlanAction, setDomainTargetAction, updateRemediationActionAction } from "./results";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { ACTIONS, expectedFor, SUBJECTS, type TSubject } from "@/tests/authorization-matrix";
import { signUpAction } from "./auth";
import { changePasswordAction, signOutEverywhereAction } from "./account";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
// Invitation links are built from the request's host.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));
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
  let targetInA: TTarget;
  let created = 0;

  /** A fresh set of things to act on, so an allowed call never meets another's leftovers. */
  async function freshTarget(organization: typeof a): Promise<TTarget> {
    // Role changes and removals act on a member of their own, never on a subject of the matrix.
    const membership = await db.membership.create({ data: { organizationId: organization.id, userId: (await createTestUser("member")).id, role: "VIEWER" }, select: { id: true } });
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const { invitationId } = await createInvitation(owner, { email: `pending-${++created}@example.jp`, role: "VIEWER" });
    const { id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Target" });
    // The contributor works on governance (where qa.first is) and owns the action.
    await db.domainAssignment.upsert({
      where: { assessmentId_domain: { assessmentId, domain: "governance" } },
      create: { assessmentId, organizationId: organization.id, domain: "governance", assigneeId: organization.users.CONTRIBUTOR.id },
      update: { assigneeId: organization.users.CONTRIBUTOR.id },
    });
    const { id: actionId } = await db.remediationAction.create({
      data: { assessmentId, organizationId: organization.id, questionKey: "qa.first", domain: "governance", ownerId: organization.users.CONTRIBUTOR.id },
      select: { id: true },
    });
    return { organizationId: organization.id, membershipId: membership.id, invitationId, assessmentId, actionId };
  }

  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
    a = await createTestOrganization("A");
    b = await createTestOrganization("B");
    targetInA = await freshTarget(a);
  });

  beforeEach(() => vi.mocked(getSessionUser).mockReset());

  it("has a call for every organization action in the matrix", () => {
    const inMatrix = Object.entries(ACTIONS).filter(([, access]) => access.scope === "organization").map(([name]) => name);
    expect(Object.keys(ORGANIZATION_ACTIONS).sort()).toEqual(inMatrix.sort());
  });

  // "unexpected" would be a crash, not a decision: it counts as a failure too.
  const refusals = ["forbidden", "notFound", "signedOut", "unexpected"];
  for (const [name, run] of Object.entries(ORGANIZATION_ACTIONS)) {
    for (const subject of SUBJECTS) {
      const expected = expectedFor(ACTIONS[name as keyof typeof ACTIONS], subject);
      it(`${name} as ${subject}: ${expected}`, async () => {
        if (expected === "allowed") {
          signedInAs(a.users[subject as keyof typeof a.users]);
          const result = await run(await freshTarget(a));
          expect(result.validationErrors).toBeUndefined();
          // Past authorization: done, or refused for a reason of its own (e.g. a status that does not allow it).
          expect(refusals).not.toContain(result.serverError);
          return;
        }
        // Refusals are checked against the organization the call aims at, which must not change.
        const organization = subject === "nonMember" ? b : a;
        const target = subject === "nonMember" ? await freshTarget(b) : targetInA;
        signedInAs(subject === "signedOut" ? null : subject === "nonMember" ? a.users.OWNER : a.users[subject as keyof typeof a.users]);
        const before = await snapshot(organization.id);
        const result = await run(target);
        expect(result.serverError).toBe(expected);
        expect(await snapshot(organization.id)).toEqual(before);
      });
    }
  }

  const ACCOUNT_ACTIONS: Record<string, () => Promise<{ serverError?: string; validationErrors?: unknown }>> = {
    signUpAction: () => signUpAction({ name: "New person", email: `new-${++created}@example.jp`, password: "a-long-enough-passphrase-2026" }),
    acceptInvitationAction: () => acceptInvitationAction({ token: "A".repeat(43) }),
    createOrganizationAction: () => createOrganizationAction({ name: `Own ${++created}`, kind: "COMPANY", sector: "OTHER", sizeBand: "UNDER_100" }),
    changePasswordAction: () => changePasswordAction({ currentPassword: "not-the-current-one", newPassword: "a-brand-new-passphrase-2026" }),
    signOutEverywhereAction: () => signOutEverywhereAction(),
  };
  it("has a call for every account action in the matrix", () => {
    const inMatrix = Object.entries(ACTIONS).filter(([, access]) => access.scope !== "organization").map(([name]) => name);
    expect(Object.keys(ACCOUNT_ACTIONS).sort()).toEqual(inMatrix.sort());
  });
  for (const [name, run] of Object.entries(ACCOUNT_ACTIONS)) {
    for (const subject of ["OWNER", "signedOut"] satisfies TSubject[]) {
      const expected = expectedFor(ACTIONS[name as keyof typeof ACTIONS], subject);
      it(`${name} as ${subject}: ${expected}`, async () => {
        signedInAs(subject === "signedOut" ? null : a.users.OWNER);
        const result = await run();
        if (expected === "allowed") expect(refusals).not.toContain(result.serverError);
        else expect(result.serverError).toBe(expected);
      });
    }
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
