// Every server action and route handler, fed malformed, oversized, wrong-type, unicode-edge,
// injection and prototype-pollution input (a fixed corpus and fast-check's random values) by a
// fully authorized owner: each is refused with a validation error or a 4xx, nothing is written
// (every table's fingerprint is unchanged) and no refusal echoes a dangerous string back.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { createTestOrganization, createTestUser, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { signUpAction } from "@/lib/actions/auth";
import { changePasswordAction } from "@/lib/actions/account";
import { createOrganizationAction, updateOrganizationAction } from "@/lib/actions/organizations";
import { acceptInvitationAction, changeMemberRoleAction, inviteMemberAction, removeMemberAction, revokeInvitationAction } from "@/lib/actions/members";
import { addCommentAction, assignDomainAction, reopenAssessmentAction, reviewAssessmentAction, saveProfileAction, setContributorAccessAction, startAssessmentAction } from "@/lib/actions/assessments";
import { draftPlanAction, setDomainTargetAction, updateRemediationActionAction } from "@/lib/actions/results";
import { POST as saveAnswerRoute } from "@/app/api/orgs/[orgId]/assessments/[assessmentId]/answers/route";
import { POST as addEvidenceRoute } from "@/app/api/orgs/[orgId]/assessments/[assessmentId]/evidence/route";
import { GET as exportRoute } from "@/app/api/orgs/[orgId]/assessments/[assessmentId]/export/route";
import { GET as auditLogRoute } from "@/app/api/orgs/[orgId]/audit-log/route";
import { GET as evidenceRoute } from "@/app/api/orgs/[orgId]/evidence/[evidenceId]/route";
import { ACTIONS } from "@/tests/authorization-matrix";
import { arbitraryFor, FIXED, isDangerous, MALFORMED_INPUTS, type TFieldKind } from "./corpus";
import { databaseSnapshot } from "./snapshot";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "localhost:3000" }) }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

type TResult = { serverError?: unknown; validationErrors?: unknown } | undefined;
type TActionSpec = { run: (input: never) => Promise<TResult>; valid: Record<string, unknown>; fields: Record<string, TFieldKind>; extra?: Record<string, unknown[]> };

let owner: TSessionUser;
let ids: { organizationId: string; assessmentId: string; membershipId: string; invitationId: string; actionId: string };

/** Actions that take no input at all, so there is nothing to refuse. */
const WITHOUT_INPUT = ["signOutEverywhereAction"];

function specs(): Record<Exclude<keyof typeof ACTIONS, "signOutEverywhereAction">, TActionSpec> {
  const { organizationId, assessmentId, membershipId, invitationId, actionId } = ids;
  const profile = { name: "Valid name", kind: "COMPANY", sector: "OTHER", sizeBand: "UNDER_100" };
  const profileFields = { name: "text", kind: "enum", sector: "enum", sizeBand: "enum" } as const;
  return {
    signUpAction: { run: signUpAction, valid: { name: "New person", email: "new.person@example.jp", password: "a-long-enough-passphrase-2026" }, fields: { name: "text", email: "email", password: "text" } },
    changePasswordAction: {
      run: changePasswordAction,
      valid: { currentPassword: "the-current-passphrase", newPassword: "a-brand-new-passphrase-2026" },
      fields: { currentPassword: "optionalText", newPassword: "text" },
      extra: { newPassword: ["short", "x".repeat(129), "password1234"] },
    },
    acceptInvitationAction: { run: acceptInvitationAction, valid: { token: "A".repeat(43) }, fields: { token: "id" } },
    createOrganizationAction: { run: createOrganizationAction, valid: profile, fields: profileFields },
    updateOrganizationAction: { run: updateOrganizationAction, valid: { organizationId, ...profile }, fields: { organizationId: "id", ...profileFields } },
    inviteMemberAction: { run: inviteMemberAction, valid: { organizationId, email: "colleague@example.jp", role: "VIEWER" }, fields: { organizationId: "id", email: "email", role: "enum" } },
    revokeInvitationAction: { run: revokeInvitationAction, valid: { organizationId, invitationId }, fields: { organizationId: "id", invitationId: "id" } },
    changeMemberRoleAction: { run: changeMemberRoleAction, valid: { organizationId, membershipId, role: "ASSESSOR" }, fields: { organizationId: "id", membershipId: "id", role: "enum" } },
    removeMemberAction: { run: removeMemberAction, valid: { organizationId, membershipId }, fields: { organizationId: "id", membershipId: "id" } },
    startAssessmentAction: {
      run: startAssessmentAction,
      valid: { organizationId, questionnaireKey: "corporate", title: "A title", dueDate: "", orgUnitName: "" },
      fields: { organizationId: "id", questionnaireKey: "enum", title: "text", dueDate: "optionalDate", orgUnitName: "optionalText" },
    },
    saveProfileAction: {
      run: saveProfileAction,
      valid: { organizationId, assessmentId, profile: { jointResearchUs: true } },
      fields: { organizationId: "id", assessmentId: "id", profile: "object" },
      extra: { profile: [{ jointResearchUs: "yes" }, { "<script>": true }, JSON.parse('{"__proto__": true}'), { constructor: true }] },
    },
    assignDomainAction: {
      run: assignDomainAction,
      valid: { organizationId, assessmentId, domain: "governance", assigneeId: null },
      fields: { organizationId: "id", assessmentId: "id", domain: "enum", assigneeId: "nullableId" },
    },
    reviewAssessmentAction: { run: reviewAssessmentAction, valid: { organizationId, assessmentId, event: "submit" }, fields: { organizationId: "id", assessmentId: "id", event: "enum" } },
    reopenAssessmentAction: { run: reopenAssessmentAction, valid: { organizationId, assessmentId }, fields: { organizationId: "id", assessmentId: "id" } },
    setContributorAccessAction: { run: setContributorAccessAction, valid: { organizationId, assessmentId, readAll: true }, fields: { organizationId: "id", assessmentId: "id", readAll: "boolean" } },
    addCommentAction: {
      run: addCommentAction,
      valid: { organizationId, assessmentId, questionKey: "qa.first", body: "A comment" },
      fields: { organizationId: "id", assessmentId: "id", questionKey: "id", body: "text" },
    },
    setDomainTargetAction: {
      run: setDomainTargetAction,
      valid: { organizationId, assessmentId, domain: "governance", targetLevel: 2, reason: "Because" },
      fields: { organizationId: "id", assessmentId: "id", domain: "enum", targetLevel: "nullableNumber", reason: "optionalText" },
      extra: { targetLevel: [0, 5, 99] },
    },
    draftPlanAction: { run: draftPlanAction, valid: { organizationId, assessmentId }, fields: { organizationId: "id", assessmentId: "id" } },
    updateRemediationActionAction: {
      run: updateRemediationActionAction,
      valid: { organizationId, assessmentId, actionId, version: 1, fields: { status: "IN_PROGRESS" } },
      fields: { organizationId: "id", assessmentId: "id", actionId: "id", version: "number", fields: "object" },
      extra: { version: [0], fields: [{ status: "<script>" }, { ownerId: "' OR 1=1 --" }, { notes: "長".repeat(100_000) }, { status: "RISK_ACCEPTED" }] },
    },
  };
}

/** For messages: any value, even one whose toString is not a function. */
const shown = (value: unknown) => {
  try {
    return String(JSON.stringify(value)).slice(0, 40);
  } catch {
    return typeof value;
  }
};

function expectRefused(result: TResult, what: string, bad: unknown) {
  const refused = result?.validationErrors !== undefined || (typeof result?.serverError === "string" && result.serverError !== "unexpected");
  expect(refused, `${what}: ${JSON.stringify(result)?.slice(0, 300)}`).toBe(true);
  if (isDangerous(bad)) expect(JSON.stringify(result)).not.toContain(bad);
}

beforeAll(async () => {
  await publishVersions(db, [testQuestionnaire("corporate", 901)]);
  const organization = await createTestOrganization("Bad input");
  owner = organization.users.OWNER;
  const ownerMembership = await membershipOf(owner.id, organization.id);
  const { id: assessmentId } = await startAssessment(ownerMembership, { questionnaireKey: "corporate", title: "Target" });
  const { invitationId } = await createInvitation(ownerMembership, { email: "pending.bad@example.jp", role: "VIEWER" });
  const membership = await db.membership.create({ data: { organizationId: organization.id, userId: (await createTestUser("member")).id, role: "VIEWER" }, select: { id: true } });
  const { id: actionId } = await db.remediationAction.create({ data: { assessmentId, organizationId: organization.id, questionKey: "qa.first", domain: "governance" }, select: { id: true } });
  ids = { organizationId: organization.id, assessmentId, membershipId: membership.id, invitationId, actionId };
  vi.mocked(getSessionUser).mockResolvedValue(owner);
});

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
});

describe("[BAD INPUT] server actions", () => {
  it("covers every server action of the authorization matrix", () => {
    expect([...Object.keys(specs()), ...WITHOUT_INPUT].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  for (const name of Object.keys(ACTIONS).filter((action) => !WITHOUT_INPUT.includes(action)) as (keyof ReturnType<typeof specs>)[]) {
    it(`${name} refuses the corpus and random bad values, and writes nothing`, async () => {
      const { run, valid, fields, extra } = specs()[name];
      const call = (input: unknown) => run(input as never);
      const before = await databaseSnapshot();

      for (const input of MALFORMED_INPUTS) expectRefused(await call(input), `${name}(${shown(input)})`, input);
      for (const [field, kind] of Object.entries(fields)) {
        for (const bad of [...FIXED[kind], ...(extra?.[field] ?? [])]) {
          expectRefused(await call({ ...valid, [field]: bad }), `${name}.${field} = ${shown(bad)}`, bad);
          // The same, carrying a prototype-pollution payload beside it.
          expectRefused(await call(Object.assign(JSON.parse('{"__proto__": {"polluted": "yes"}}'), valid, { [field]: bad })), `${name}.${field} with __proto__`, bad);
        }
      }
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...Object.entries(fields)).chain(([field, kind]) => fc.tuple(fc.constant(field), arbitraryFor(kind))),
          async ([field, bad]) => expectRefused(await call({ ...valid, [field]: bad }), `${name}.${field} (random)`, bad),
        ),
        { numRuns: 30 },
      );

      expect(await databaseSnapshot()).toEqual(before);
    });
  }
});

describe("[BAD INPUT] route handlers", () => {
  const base = () => `http://localhost:3000/api/orgs/${ids.organizationId}/assessments/${ids.assessmentId}`;
  const params = (extra: Record<string, string> = {}) => ({ params: Promise.resolve({ orgId: ids.organizationId, assessmentId: ids.assessmentId, ...extra }) });

  async function expectRefusedResponse(response: Response, what: string, bad?: unknown) {
    expect(response.status, what).toBeGreaterThanOrEqual(400);
    expect(response.status, what).toBeLessThan(500);
    const text = await response.text();
    expect(text, what).not.toMatch(/at \w+ \(|node_modules|prisma|SELECT |syntax error/i);
    if (isDangerous(bad)) expect(text, what).not.toContain(bad);
  }

  it("the autosave route refuses bad bodies without saving", async () => {
    const before = await databaseSnapshot();
    const valid = { questionKey: "qa.first", baseVersion: 0, answer: { level: 2, notApplicable: false } };
    const post = (body: string) => saveAnswerRoute(new Request(`${base()}/answers`, { method: "POST", body, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } }), params());
    for (const body of ["", "{", "null", "[]", '"x"', "42", '{"__proto__": {"polluted": "yes"}}']) await expectRefusedResponse(await post(body), `body ${body}`);
    const cases: [string, TFieldKind][] = [["questionKey", "id"], ["baseVersion", "number"], ["answer", "object"]];
    for (const [field, kind] of cases) for (const bad of FIXED[kind]) await expectRefusedResponse(await post(JSON.stringify({ ...valid, [field]: bad })), `answers.${field}`, bad);
    const answerCases: [string, TFieldKind][] = [["level", "nullableNumber"], ["notApplicable", "boolean"], ["note", "optionalText"], ["justification", "optionalText"]];
    for (const [field, kind] of answerCases) {
      for (const bad of [...FIXED[kind], ...(field === "level" ? [5, 99] : [])]) {
        await expectRefusedResponse(await post(JSON.stringify({ ...valid, answer: { ...valid.answer, [field]: bad } })), `answers.answer.${field}`, bad);
      }
    }
    // Not applicable needs a reason; a body far over any answer's size is refused unread.
    await expectRefusedResponse(await post(JSON.stringify({ ...valid, answer: { level: null, notApplicable: true } })), "N/A without reason");
    const huge = await post(JSON.stringify({ ...valid, answer: { ...valid.answer, note: "x".repeat(2_000_000) } }));
    expect(huge.status).toBe(413);
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("the evidence route refuses bad forms and files that are not documents", async () => {
    const before = await databaseSnapshot();
    const post = (form: FormData) => addEvidenceRoute(new Request(`${base()}/evidence`, { method: "POST", body: form }), params());
    const form = (fields: Record<string, string | Blob>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.append(key, value);
      return data;
    };
    const file = (bytes: string | Uint8Array, name: string, type: string) => new File([bytes as BlobPart], name, { type });
    const refusedForms: [string, FormData][] = [
      ["empty form", form({})],
      ["unknown kind", form({ kind: "EXE", questionKey: "qa.first" })],
      ["javascript: link", form({ kind: "LINK", questionKey: "qa.first", url: "javascript:alert(1)" })],
      ["file: link", form({ kind: "LINK", questionKey: "qa.first", url: "file:///etc/passwd" })],
      ["data: link", form({ kind: "LINK", questionKey: "qa.first", url: "data:text/html,<script>alert(1)</script>" })],
      ["injected question", form({ kind: "LINK", questionKey: "' OR 1=1 --", url: "https://example.jp" })],
      ["HTML page", form({ kind: "FILE", questionKey: "qa.first", file: file("<html><script>alert(1)</script></html>", "report.pdf", "application/pdf") })],
      ["SVG with script", form({ kind: "FILE", questionKey: "qa.first", file: file('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "chart.svg", "image/svg+xml") })],
      ["executable", form({ kind: "FILE", questionKey: "qa.first", file: file(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(60).fill(0)]), "tool.pdf", "application/pdf") })],
      ["empty file", form({ kind: "FILE", questionKey: "qa.first", file: file("", "empty.pdf", "application/pdf") })],
      ["file that is a string", form({ kind: "FILE", questionKey: "qa.first", file: "not a file" })],
    ];
    for (const [what, data] of refusedForms) await expectRefusedResponse(await post(data), what, "<script>alert(1)</script>");
    const oversized = await addEvidenceRoute(
      new Request(`${base()}/evidence`, { method: "POST", body: form({ kind: "FILE", questionKey: "qa.first", file: file(new Uint8Array(11 * 1024 * 1024), "big.pdf", "application/pdf") }) }),
      params(),
    );
    await expectRefusedResponse(oversized, "11 MB upload");
    expect(await databaseSnapshot()).toEqual(before);
  });

  it("the export, audit-log and evidence downloads refuse bad parameters", async () => {
    const before = await databaseSnapshot();
    for (const query of ["", "format=exe", "format=<script>alert(1)</script>", "format=csv&locale=xx", "format=csv&sheet=../../etc/passwd", "format=csv&sheet=__proto__", "format[]=csv"]) {
      await expectRefusedResponse(await exportRoute(new Request(`${base()}/export?${query}`), params()), `export ?${query}`, decodeURIComponent(query));
    }
    for (const bad of ["' OR 1=1 --", "../../etc/passwd", "<script>alert(1)</script>", "長".repeat(1000), "\u202Eevil"]) {
      await expectRefusedResponse(await evidenceRoute(new Request(`http://localhost:3000/api/orgs/${ids.organizationId}/evidence/x`), { params: Promise.resolve({ orgId: ids.organizationId, evidenceId: bad }) }), `evidence ${bad}`, bad);
      await expectRefusedResponse(await auditLogRoute(new Request("http://localhost:3000/api/orgs/x/audit-log"), { params: Promise.resolve({ orgId: bad }) }), `audit-log ${bad}`, bad);
    }
    // The audit-log export itself is recorded; nothing else changes.
    expect(await databaseSnapshot()).toEqual(before);
  });
});
