// Evidence through its route handlers, as the browser sends it.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { saveProfile } from "@/lib/assessments/save-profile";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { POST as upload } from "@/app/api/orgs/[orgId]/assessments/[assessmentId]/evidence/route";
import { GET as download } from "@/app/api/orgs/[orgId]/evidence/[evidenceId]/route";
import { MAX_UPLOAD_BYTES } from "./classify-upload";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
const signedInAs = (user: TSessionUser | null) => vi.mocked(getSessionUser).mockResolvedValue(user);

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
const EXE = Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(64).fill(0)]);

function form(fields: Record<string, string | Blob>, fileName?: string) {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Blob) body.append(key, value, fileName);
    else body.append(key, value);
  }
  return body;
}

describe("[EVIDENCE] upload and download", () => {
  let organization: Awaited<ReturnType<typeof createTestOrganization>>;
  let assessmentId: string;
  const uploadDir = mkdtempSync(path.join(tmpdir(), "mamori-uploads-"));

  const post = (body: FormData, orgId = organization.id) =>
    upload(new Request(`http://localhost/api/orgs/${orgId}/assessments/${assessmentId}/evidence`, { method: "POST", body }), { params: Promise.resolve({ orgId, assessmentId }) });
  const get = (evidenceId: string, orgId = organization.id) =>
    download(new Request(`http://localhost/api/orgs/${orgId}/evidence/${evidenceId}`), { params: Promise.resolve({ orgId, evidenceId }) });

  beforeAll(async () => {
    vi.stubEnv("UPLOAD_DIR", uploadDir);
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
    organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    ({ id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Evidence test" }));
    await saveProfile(owner, { assessmentId, profile: { jointResearchUs: false, jointResearchChina: false } });
  });

  it("stores a PDF outside the web root and serves it only as an attachment to members", async () => {
    signedInAs(organization.users.ASSESSOR);
    const created = await post(form({ kind: "FILE", questionKey: "qa.first", file: new Blob([PDF]) }, "輸出管理規程.pdf"));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(readdirSync(path.join(uploadDir, organization.id))).toHaveLength(1);

    signedInAs(organization.users.VIEWER);
    const file = await get(id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("輸出管理規程.pdf")}`);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);

    const stranger = await createTestOrganization("Other");
    signedInAs(stranger.users.OWNER);
    expect((await get(id)).status).toBe(404);
    expect((await get(id, stranger.id)).status).toBe(404);
  });

  it("refuses disguised, oversized and malformed uploads, and keeps nothing of them", async () => {
    signedInAs(organization.users.ASSESSOR);
    const before = await db.evidence.count({ where: { assessmentId } });
    expect((await post(form({ kind: "FILE", questionKey: "qa.first", file: new Blob([EXE]) }, "report.pdf"))).status).toBe(415);
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 10);
    big.set(PDF);
    expect((await post(form({ kind: "FILE", questionKey: "qa.first", file: new Blob([big]) }, "big.pdf"))).status).toBe(413);
    expect((await post(form({ kind: "LINK", questionKey: "qa.first", url: "javascript:alert(1)" }))).status).toBe(400);
    expect((await post(form({ kind: "SCRIPT", questionKey: "qa.first" }))).status).toBe(400);
    expect((await post(form({ kind: "LINK", questionKey: "qa.unknown", url: "https://example.jp" }))).status).toBe(400);
    expect(await db.evidence.count({ where: { assessmentId } })).toBe(before);
  });

  it("adds links, and refuses VIEWERs and other organizations", async () => {
    signedInAs(organization.users.ASSESSOR);
    expect((await post(form({ kind: "LINK", questionKey: "qa.first", url: "https://intra.example.jp/policy", name: "規程" }))).status).toBe(201);
    signedInAs(organization.users.VIEWER);
    expect((await post(form({ kind: "LINK", questionKey: "qa.first", url: "https://example.jp" }))).status).toBe(403);
    const stranger = await createTestOrganization("Other");
    signedInAs(stranger.users.OWNER);
    expect((await post(form({ kind: "LINK", questionKey: "qa.first", url: "https://example.jp" }))).status).toBe(404);
    expect((await post(form({ kind: "LINK", questionKey: "qa.first", url: "https://example.jp" }), stranger.id)).status).toBe(404);
  });
});
