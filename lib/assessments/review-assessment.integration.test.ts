import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { assignDomain } from "./assign-domain";
import { reopenAssessment } from "./reopen-assessment";
import { reviewAssessment } from "./review-assessment";
import { saveAnswer } from "./save-answer";
import { saveProfile } from "./save-profile";
import { startAssessment } from "./start-assessment";

async function answeredAssessment() {
  const organization = await createTestOrganization();
  const owner = await membershipOf(organization.users.OWNER.id, organization.id);
  const { id } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Review test" });
  await saveProfile(owner, { assessmentId: id, profile: { jointResearchUs: false, jointResearchChina: false } });
  await assignDomain(owner, { assessmentId: id, domain: "governance", assigneeId: organization.users.CONTRIBUTOR.id });
  await saveAnswer(owner, { assessmentId: id, questionKey: "qa.first", baseVersion: 0, answer: { level: 3, notApplicable: false } });
  return { organization, owner, assessmentId: id };
}

describe("[ASSESSMENTS] review and lock", () => {
  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
  });

  it("locks an approved assessment: answers can no longer change", async () => {
    const { owner, assessmentId } = await answeredAssessment();
    await reviewAssessment(owner, { assessmentId, event: "submit" });
    await expect(saveAnswer(owner, { assessmentId, questionKey: "qa.first", baseVersion: 1, answer: { level: 0, notApplicable: false } })).rejects.toMatchObject({ code: "assessmentLocked" });
    await reviewAssessment(owner, { assessmentId, event: "approve" });
    await expect(saveAnswer(owner, { assessmentId, questionKey: "qa.first", baseVersion: 1, answer: { level: 0, notApplicable: false } })).rejects.toMatchObject({ code: "assessmentLocked" });
    await expect(reviewAssessment(owner, { assessmentId, event: "return" })).rejects.toMatchObject({ code: "assessmentLocked" });
    expect((await db.answer.findFirstOrThrow({ where: { assessmentId, questionKey: "qa.first" } })).level).toBe(3);
  });

  it("returns an assessment with the reviewer's comment and opens it for answers again", async () => {
    const { owner, assessmentId } = await answeredAssessment();
    await reviewAssessment(owner, { assessmentId, event: "submit" });
    await reviewAssessment(owner, { assessmentId, event: "return", comment: "Add evidence for governance" });
    const returned = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(returned).toMatchObject({ status: "IN_PROGRESS", reviewComment: "Add evidence for governance" });
    expect(await saveAnswer(owner, { assessmentId, questionKey: "qa.first", baseVersion: 1, answer: { level: 4, notApplicable: false } })).toMatchObject({ status: "saved" });
  });

  it("reopens an approved assessment as a new revision and leaves the approved one as it was", async () => {
    const { owner, assessmentId } = await answeredAssessment();
    await reviewAssessment(owner, { assessmentId, event: "submit" });
    await reviewAssessment(owner, { assessmentId, event: "approve" });
    const { id: revisionId } = await reopenAssessment(owner, { assessmentId });
    expect(await db.assessment.findUniqueOrThrow({ where: { id: revisionId } })).toMatchObject({ revision: 2, status: "IN_PROGRESS", previousRevisionId: assessmentId });
    await saveAnswer(owner, { assessmentId: revisionId, questionKey: "qa.first", baseVersion: 1, answer: { level: 1, notApplicable: false } });
    expect((await db.answer.findFirstOrThrow({ where: { assessmentId, questionKey: "qa.first" } })).level).toBe(3);
    expect((await db.answer.findFirstOrThrow({ where: { assessmentId: revisionId, questionKey: "qa.first" } })).level).toBe(1);
    expect(await db.domainAssignment.count({ where: { assessmentId: revisionId } })).toBe(1);
    await expect(reopenAssessment(owner, { assessmentId })).rejects.toMatchObject({ code: "invalidTransition" });
  });

  it("cannot review another organization's assessment", async () => {
    const { assessmentId } = await answeredAssessment();
    const other = await createTestOrganization("Other");
    const intruder = await membershipOf(other.users.OWNER.id, other.id);
    await expect(reviewAssessment(intruder, { assessmentId, event: "submit" })).rejects.toMatchObject({ code: "notFound" });
    await expect(reopenAssessment(intruder, { assessmentId })).rejects.toMatchObject({ code: "notFound" });
  });
});
