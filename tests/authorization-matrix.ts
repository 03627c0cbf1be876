// The authorization matrix: every page, route handler and server action, and who may use it.
// One table, run by three tests: tests/authorization-matrix.test.ts checks it lists exactly what
// app/ and lib/actions/ contain (a new route without an entry fails), e2e/authorization-matrix.spec.ts
// opens every page and calls every route handler as each subject, and
// lib/actions/actions.integration.test.ts calls every server action as each subject.
//
// Written out by hand, not derived from lib/authz/roles.ts, so a change to the permission table
// that changes who sees what has to be made here too, on purpose.
import type { TRole } from "@/lib/authz/roles";

/** Who calls: a member in each role, a user of another organization, and nobody signed in. */
export const SUBJECTS = ["OWNER", "ASSESSOR", "CONTRIBUTOR", "VIEWER", "nonMember", "signedOut"] as const;
export type TSubject = (typeof SUBJECTS)[number];

export type TAccess =
  /** Anyone, signed in or not. */
  | { scope: "public" }
  /** Any signed-in user, for their own things; signed-out callers are sent to sign in. */
  | { scope: "user" }
  /**
   * An organization's data: the roles listed may; other roles are refused (403, or the page's
   * "your role does not allow this"); users of other organizations get 404 as if it did not
   * exist; signed-out callers get 401 or the sign-in page.
   */
  | { scope: "organization"; allow: readonly TRole[] };

const everyRole = { scope: "organization", allow: ["OWNER", "ASSESSOR", "CONTRIBUTOR", "VIEWER"] } as const;
const leads = { scope: "organization", allow: ["OWNER", "ASSESSOR"] } as const;
const answerers = { scope: "organization", allow: ["OWNER", "ASSESSOR", "CONTRIBUTOR"] } as const;
// Contributors see results only when the assessor lets them read every domain; the matrix's
// contributor is assigned one domain (governance) and may not read the rest.
const resultReaders = { scope: "organization", allow: ["OWNER", "ASSESSOR", "VIEWER"] } as const;

/** Pages, by their path under app/[locale] without route groups. */
export const PAGES = {
  "/": { scope: "public" },
  "/[...rest]": { scope: "public" },
  "/sign-in": { scope: "public" },
  "/sign-up": { scope: "public" },
  "/invitations/[token]": { scope: "public" },
  "/account": { scope: "user" },
  "/my-work": { scope: "user" },
  "/orgs": { scope: "user" },
  "/orgs/new": { scope: "user" },
  "/questionnaires": { scope: "user" },
  "/questionnaires/[key]": { scope: "user" },
  "/orgs/[orgId]": everyRole,
  "/orgs/[orgId]/members": everyRole,
  "/orgs/[orgId]/settings": { scope: "organization", allow: ["OWNER"] },
  "/orgs/[orgId]/audit": leads,
  "/orgs/[orgId]/assessments": everyRole,
  "/orgs/[orgId]/assessments/new": leads,
  "/orgs/[orgId]/assessments/[assessmentId]": everyRole,
  "/orgs/[orgId]/assessments/[assessmentId]/domains/[domain]": everyRole,
  "/orgs/[orgId]/assessments/[assessmentId]/dashboard": resultReaders,
  "/orgs/[orgId]/assessments/[assessmentId]/scorecard": resultReaders,
  // Contributors see the actions they own.
  "/orgs/[orgId]/assessments/[assessmentId]/plan": everyRole,
  "/orgs/[orgId]/assessments/[assessmentId]/history": everyRole,
} as const satisfies Record<string, TAccess>;

/** Route handlers, by method and path under app/. */
export const ROUTES = {
  "GET /api/auth/[...nextauth]": { scope: "public" },
  "POST /api/auth/[...nextauth]": { scope: "public" },
  "GET /api/health": { scope: "public" },
  "GET /api/ready": { scope: "public" },
  "GET /api/orgs/[orgId]/audit-log": leads,
  "POST /api/orgs/[orgId]/assessments/[assessmentId]/answers": answerers,
  "POST /api/orgs/[orgId]/assessments/[assessmentId]/evidence": answerers,
  "GET /api/orgs/[orgId]/assessments/[assessmentId]/export": resultReaders,
  "GET /api/orgs/[orgId]/evidence/[evidenceId]": everyRole,
} as const satisfies Record<string, TAccess>;

/** Server actions, by their export name in lib/actions. */
export const ACTIONS = {
  signUpAction: { scope: "public" },
  acceptInvitationAction: { scope: "user" },
  createOrganizationAction: { scope: "user" },
  changePasswordAction: { scope: "user" },
  signOutEverywhereAction: { scope: "user" },
  updateOrganizationAction: { scope: "organization", allow: ["OWNER"] },
  inviteMemberAction: { scope: "organization", allow: ["OWNER"] },
  revokeInvitationAction: { scope: "organization", allow: ["OWNER"] },
  changeMemberRoleAction: { scope: "organization", allow: ["OWNER"] },
  removeMemberAction: { scope: "organization", allow: ["OWNER"] },
  startAssessmentAction: leads,
  saveProfileAction: leads,
  assignDomainAction: leads,
  reviewAssessmentAction: leads,
  reopenAssessmentAction: leads,
  setContributorAccessAction: leads,
  // A contributor comments on the domains assigned to them.
  addCommentAction: answerers,
  setDomainTargetAction: leads,
  draftPlanAction: leads,
  // A contributor updates the actions they own.
  updateRemediationActionAction: answerers,
} as const satisfies Record<string, TAccess>;

/** What a subject should get: allowed, refused for its role, unknown organization, or not signed in. */
export type TExpected = "allowed" | "forbidden" | "notFound" | "signedOut";

export function expectedFor(access: TAccess, subject: TSubject): TExpected {
  if (access.scope === "public") return "allowed";
  if (subject === "signedOut") return "signedOut";
  if (access.scope === "user") return "allowed";
  if (subject === "nonMember") return "notFound";
  return (access.allow as readonly TSubject[]).includes(subject) ? "allowed" : "forbidden";
}
