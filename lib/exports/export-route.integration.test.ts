// The export route as the browser calls it: members download, everyone else is refused, and
// every download is in the audit log.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { reviewAssessment } from "@/lib/assessments/review-assessment";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { saveProfile } from "@/lib/assessments/save-profile";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { SCORED_ANSWERS, SCORED_PROFILE } from "@/tests/scored-fixture";
import { GET } from "@/app/api/orgs/[orgId]/assessments/[assessmentId]/export/route";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn() }));
const signedInAs = (user: TSessionUser | null) => vi.mocked(getSessionUser).mockResolvedValue(user);

function download(orgId: string, assessmentId: string, query: string) {
  return GET(new Request(`http://localhost/api/orgs/${orgId}/assessments/${assessmentId}/export?${query}`), { params: Promise.resolve({ orgId, assessmentId }) });
}

describe("[EXPORTS] download route", () => {
  let organization: Awaited<ReturnType<typeof createTestOrganization>>;
  let assessmentId: string;

  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
    organization = await createTestOrganization("エクスポート株式会社");
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    ({ id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "令和8年度 自己点検" }));
    await saveProfile(owner, { assessmentId, profile: SCORED_PROFILE });
    for (const { questionKey, level, notApplicable, justification } of SCORED_ANSWERS) {
      await saveAnswer(owner, { assessmentId, questionKey, baseVersion: 0, answer: { level, notApplicable, justification: justification ?? undefined } });
    }
    await reviewAssessment(owner, { assessmentId, event: "submit" });
    await reviewAssessment(owner, { assessmentId, event: "approve" });
  });

  it("gives a VIEWER the scorecard PDF and an Excel workbook of the results, as attachments, and audits both", async () => {
    signedInAs(organization.users.VIEWER);
    const pdf = await download(organization.id, assessmentId, "format=pdf&locale=ja");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe(`attachment; filename*=UTF-8''${encodeURIComponent("令和8年度 自己点検-scorecard.pdf")}`);
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");

    const xlsx = await download(organization.id, assessmentId, "format=xlsx&locale=en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Domains", "Answers", "Gaps", "Actions"]);
    expect(workbook.getWorksheet("Domains")!.getRow(2).values).toEqual([undefined, "1. governance", 80, 3, 75, 0, 100, "On target"]);
    expect(workbook.getWorksheet("Gaps")!.getRow(2).getCell(3).value).toBe("Question qb.first");

    const audit = await db.auditLog.findMany({ where: { targetId: assessmentId, action: "assessment.export" }, orderBy: { id: "asc" }, select: { actorId: true, changes: true } });
    expect(audit).toEqual([
      { actorId: organization.users.VIEWER.id, changes: { format: "pdf", locale: "ja" } },
      { actorId: organization.users.VIEWER.id, changes: { format: "xlsx", locale: "en" } },
    ]);
  });

  it("writes one table as CSV with a byte-order mark, so Excel reads the Japanese", async () => {
    signedInAs(organization.users.ASSESSOR);
    const csv = await download(organization.id, assessmentId, "format=csv&locale=ja&sheet=actions");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith("\uFEFF順位,領域,設問,担当者,期限,対策の状況,リスク受容の理由,メモ\r\n1,sensitive-technology（日本語）,Question qb.first（日本語）,,,未着手,,\r\n")).toBe(true);
  });

  it("refuses strangers as if the assessment did not exist, contributors without access, the signed out, and bad queries", async () => {
    const stranger = await createTestOrganization("Other");
    signedInAs(stranger.users.OWNER);
    expect((await download(organization.id, assessmentId, "format=pdf")).status).toBe(404);
    expect((await download(stranger.id, assessmentId, "format=pdf")).status).toBe(404);
    signedInAs(organization.users.CONTRIBUTOR);
    expect((await download(organization.id, assessmentId, "format=xlsx")).status).toBe(403);
    signedInAs(null);
    expect((await download(organization.id, assessmentId, "format=pdf")).status).toBe(401);
    signedInAs(organization.users.OWNER);
    const bad = await download(organization.id, assessmentId, "format=docx");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "invalidInput" });
    expect(await db.auditLog.count({ where: { targetId: assessmentId, action: "assessment.export", actorId: { not: organization.users.VIEWER.id } } })).toBe(1);
  });
});
