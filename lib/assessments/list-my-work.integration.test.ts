import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { assignDomain } from "./assign-domain";
import { listMyWork } from "./list-my-work";
import { reviewAssessment } from "./review-assessment";
import { saveProfile } from "./save-profile";
import { startAssessment } from "./start-assessment";

describe("[MY WORK] across assessments", () => {
  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
  });

  it("lists a contributor's assigned domains and an assessor's pending reviews, and nothing of other organizations", async () => {
    const organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const first = await startAssessment(owner, { questionnaireKey: "corporate", title: "Answering", dueDate: "2026-12-01" });
    await saveProfile(owner, { assessmentId: first.id, profile: { jointResearchUs: false, jointResearchChina: false } });
    await assignDomain(owner, { assessmentId: first.id, domain: "export-control", assigneeId: organization.users.CONTRIBUTOR.id });
    const second = await startAssessment(owner, { questionnaireKey: "corporate", title: "Reviewing" });
    await saveProfile(owner, { assessmentId: second.id, profile: { jointResearchUs: false, jointResearchChina: false } });
    await reviewAssessment(owner, { assessmentId: second.id, event: "submit" });

    expect(await listMyWork(organization.users.CONTRIBUTOR.id)).toEqual([
      expect.objectContaining({ kind: "answer", assessmentId: first.id, domain: "export-control", dueDate: new Date("2026-12-01T23:59:59+09:00") }),
    ]);
    expect(await listMyWork(organization.users.ASSESSOR.id)).toEqual([expect.objectContaining({ kind: "review", assessmentId: second.id })]);
    expect(await listMyWork(organization.users.VIEWER.id)).toEqual([]);
    const stranger = await createTestOrganization("Other");
    expect(await listMyWork(stranger.users.ASSESSOR.id)).toEqual([]);
  });

  it("shows a domain's own due date before the assessment's, and audits the change", async () => {
    const organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const { id } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Due dates", dueDate: "2026-12-20" });
    await saveProfile(owner, { assessmentId: id, profile: { jointResearchUs: false, jointResearchChina: false } });
    await assignDomain(owner, { assessmentId: id, domain: "governance", assigneeId: organization.users.CONTRIBUTOR.id, dueDate: "2026-12-05" });

    expect(await listMyWork(organization.users.CONTRIBUTOR.id)).toEqual([
      expect.objectContaining({ assessmentId: id, domain: "governance", dueDate: new Date("2026-12-05T23:59:59+09:00") }),
    ]);
    const audit = await db.auditLog.findFirst({ where: { organizationId: organization.id, action: "assessment.assign" }, select: { changes: true } });
    expect(audit?.changes).toEqual({ domain: "governance", assigneeId: [null, organization.users.CONTRIBUTOR.id], dueDate: [null, "2026-12-05"] });
  });
});
