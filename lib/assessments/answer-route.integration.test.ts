// The autosave route handler as the browser calls it, signed in as different people.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { POST } from "@/app/api/orgs/[orgId]/assessments/[assessmentId]/answers/route";
import { saveProfile } from "./save-profile";
import { startAssessment } from "./start-assessment";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
const signedInAs = (user: TSessionUser | null) => vi.mocked(getSessionUser).mockResolvedValue(user);

function post(orgId: string, assessmentId: string, body: unknown) {
  const request = new Request(`http://localhost/api/orgs/${orgId}/assessments/${assessmentId}/answers`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
  return POST(request, { params: Promise.resolve({ orgId, assessmentId }) });
}

describe("[AUTOSAVE] answer route", () => {
  let organization: Awaited<ReturnType<typeof createTestOrganization>>;
  let assessmentId: string;

  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
    organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    ({ id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Route test" }));
    await saveProfile(owner, { assessmentId, profile: { jointResearchUs: false, jointResearchChina: false } });
  });

  it("saves, then answers 409 with the stored answer for a stale version", async () => {
    signedInAs(organization.users.ASSESSOR);
    const saved = await post(organization.id, assessmentId, { questionKey: "qc.first", baseVersion: 0, answer: { level: 2, notApplicable: false } });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ status: "saved", version: 1 });
    const stale = await post(organization.id, assessmentId, { questionKey: "qc.first", baseVersion: 0, answer: { level: 4, notApplicable: false } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ status: "conflict", current: { level: 2, version: 1 } });
  });

  it("refuses bad input with 400 and a message key, and changes nothing", async () => {
    signedInAs(organization.users.ASSESSOR);
    const bad = [
      "not json",
      { questionKey: "qc.second", baseVersion: 0, answer: { level: "high", notApplicable: false } },
      { questionKey: "qc.second", baseVersion: -1, answer: { level: 1, notApplicable: false } },
      { questionKey: "qc.second", baseVersion: 0, answer: { level: null, notApplicable: true } },
      { questionKey: "../../etc", baseVersion: 0, answer: { level: 1, notApplicable: false } },
      { questionKey: "qc.nothing", baseVersion: 0, answer: { level: 1, notApplicable: false } },
      { questionKey: "qc.second", baseVersion: 0, answer: { level: 9, notApplicable: false }, __proto__: { admin: true } },
    ];
    for (const body of bad) {
      const response = await post(organization.id, assessmentId, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await db.answer.count({ where: { assessmentId, questionKey: { in: ["qc.second", "qc.nothing"] } } })).toBe(0);
  });

  it("gives a VIEWER 403, a stranger 404 and a signed-out caller 401", async () => {
    const body = { questionKey: "qc.second", baseVersion: 0, answer: { level: 1, notApplicable: false } };
    signedInAs(organization.users.VIEWER);
    expect((await post(organization.id, assessmentId, body)).status).toBe(403);
    const other = await createTestOrganization("Other");
    signedInAs(other.users.OWNER);
    expect((await post(organization.id, assessmentId, body)).status).toBe(404);
    expect((await post(other.id, assessmentId, body)).status).toBe(404);
    signedInAs(null);
    expect((await post(organization.id, assessmentId, body)).status).toBe(401);
    expect(await db.answer.count({ where: { assessmentId, questionKey: "qc.second" } })).toBe(0);
  });
});
