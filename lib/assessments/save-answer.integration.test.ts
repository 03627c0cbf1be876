import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { assignDomain } from "./assign-domain";
import { saveAnswer } from "./save-answer";
import { saveProfile } from "./save-profile";
import { startAssessment } from "./start-assessment";
import { applies } from "./applicability";
import { latestQuestionnaire } from "@/lib/questionnaires/catalog";
import { questionsOf } from "@/lib/questionnaires/questionnaire";

const QUESTIONNAIRE = testQuestionnaire("corporate", 900);
const answer = (level: number | null, extra: { notApplicable?: boolean; justification?: string } = {}) => ({ level, notApplicable: false, ...extra });

async function openAssessment(profile = { jointResearchUs: true, jointResearchChina: false }) {
  const organization = await createTestOrganization();
  const owner = await membershipOf(organization.users.OWNER.id, organization.id);
  const { id } = await startAssessment(owner, { questionnaireKey: "corporate", title: "FY2026 self-assessment" });
  await saveProfile(owner, { assessmentId: id, profile });
  return { organization, owner, assessmentId: id };
}

describe("[ASSESSMENTS] saving answers", () => {
  beforeAll(async () => {
    await publishVersions(db, [QUESTIONNAIRE]);
  });

  it("starts on the latest version, opens the questions once the profile is complete, and saves with rising versions", async () => {
    const { owner, assessmentId } = await openAssessment();
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).status).toBe("IN_PROGRESS");
    expect(await saveAnswer(owner, { assessmentId, questionKey: "qa.first", baseVersion: 0, answer: answer(2) })).toEqual({ status: "saved", version: 1 });
    expect(await saveAnswer(owner, { assessmentId, questionKey: "qa.first", baseVersion: 1, answer: answer(3) })).toEqual({ status: "saved", version: 2 });
    const stored = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId, questionKey: "qa.first" } } });
    expect(stored).toMatchObject({ level: 3, version: 2, updatedById: owner.userId });
    expect(await db.auditLog.count({ where: { targetId: `${assessmentId}:qa.first`, action: "answer.save" } })).toBe(2);
  });

  it("never lets a stale save overwrite someone else's answer, and returns both sides", async () => {
    const { organization, owner, assessmentId } = await openAssessment();
    const assessor = await membershipOf(organization.users.ASSESSOR.id, organization.id);
    await saveAnswer(owner, { assessmentId, questionKey: "qa.second", baseVersion: 0, answer: answer(1) });
    await saveAnswer(assessor, { assessmentId, questionKey: "qa.second", baseVersion: 1, answer: answer(4) });
    const stale = await saveAnswer(owner, { assessmentId, questionKey: "qa.second", baseVersion: 1, answer: answer(0) });
    expect(stale).toMatchObject({ status: "conflict", current: { level: 4, version: 2, updatedBy: organization.users.ASSESSOR.name } });
    expect((await db.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId, questionKey: "qa.second" } } })).level).toBe(4);
  });

  it("turns two simultaneous first saves into one save and one conflict", async () => {
    const { organization, owner, assessmentId } = await openAssessment();
    const assessor = await membershipOf(organization.users.ASSESSOR.id, organization.id);
    const results = await Promise.all([
      saveAnswer(owner, { assessmentId, questionKey: "qb.first", baseVersion: 0, answer: answer(1) }),
      saveAnswer(assessor, { assessmentId, questionKey: "qb.first", baseVersion: 0, answer: answer(2) }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "saved"]);
    expect(await db.answer.count({ where: { assessmentId, questionKey: "qb.first" } })).toBe(1);
  });

  it("refuses unknown questions, levels above the scale, skipped questions and not-applicable without permission", async () => {
    const { owner, assessmentId } = await openAssessment();
    await expect(saveAnswer(owner, { assessmentId, questionKey: "qa.missing", baseVersion: 0, answer: answer(1) })).rejects.toMatchObject({ code: "unknownQuestion" });
    await expect(saveAnswer(owner, { assessmentId, questionKey: "firewall.disclosure", baseVersion: 0, answer: answer(3) })).rejects.toMatchObject({ code: "invalidInput" });
    await expect(saveAnswer(owner, { assessmentId, questionKey: "firewall.separation", baseVersion: 0, answer: answer(1) })).rejects.toMatchObject({ code: "questionNotApplicable" });
    expect(await db.answer.count({ where: { assessmentId } })).toBe(0);
  });

  it("lets a contributor answer only the domains assigned to them", async () => {
    const { organization, owner, assessmentId } = await openAssessment();
    const contributor = await membershipOf(organization.users.CONTRIBUTOR.id, organization.id);
    await expect(saveAnswer(contributor, { assessmentId, questionKey: "qa.first", baseVersion: 0, answer: answer(2) })).rejects.toMatchObject({ code: "notAssigned" });
    await assignDomain(owner, { assessmentId, domain: "governance", assigneeId: contributor.userId });
    expect(await saveAnswer(contributor, { assessmentId, questionKey: "qa.first", baseVersion: 0, answer: answer(2) })).toMatchObject({ status: "saved" });
    await expect(saveAnswer(contributor, { assessmentId, questionKey: "qb.first", baseVersion: 0, answer: answer(2) })).rejects.toMatchObject({ code: "notAssigned" });
  });

  it("cannot reach another organization's assessment, even with its id", async () => {
    const { assessmentId } = await openAssessment();
    const other = await createTestOrganization("Other");
    const intruder = await membershipOf(other.users.OWNER.id, other.id);
    await expect(saveAnswer(intruder, { assessmentId, questionKey: "qa.first", baseVersion: 0, answer: answer(4) })).rejects.toMatchObject({ code: "notFound" });
    await expect(assignDomain(intruder, { assessmentId, domain: "governance", assigneeId: other.users.CONTRIBUTOR.id })).rejects.toMatchObject({ code: "notFound" });
    expect(await db.answer.count({ where: { assessmentId } })).toBe(0);
  });

  it("refuses answers while the assessment is not open for answering", async () => {
    const { owner, assessmentId } = await openAssessment();
    await db.assessment.update({ where: { id: assessmentId }, data: { status: "APPROVED" } });
    await expect(saveAnswer(owner, { assessmentId, questionKey: "qa.first", baseVersion: 0, answer: answer(1) })).rejects.toMatchObject({ code: "assessmentLocked" });
  });

  it("records who changed what from which level to which, at the time of the save", async () => {
    const { owner, assessmentId } = await openAssessment();
    await saveAnswer(owner, { assessmentId, questionKey: "qc.first", baseVersion: 0, answer: answer(2) });
    const before = Date.now();
    await saveAnswer(owner, { assessmentId, questionKey: "qc.first", baseVersion: 1, answer: answer(null, { notApplicable: true, justification: "No such sites" }) });
    const entries = await db.auditLog.findMany({ where: { targetId: `${assessmentId}:qc.first` }, orderBy: { id: "asc" }, select: { actorId: true, changes: true } });
    expect(entries).toEqual([
      { actorId: owner.userId, changes: { level: [null, 2], notApplicable: [false, false], version: 1 } },
      { actorId: owner.userId, changes: { level: [2, null], notApplicable: [false, true], version: 2 } },
    ]);
    const stored = await db.answer.findUniqueOrThrow({ where: { assessmentId_questionKey: { assessmentId, questionKey: "qc.first" } } });
    expect(stored).toMatchObject({ level: null, notApplicable: true, justification: "No such sites", version: 2 });
    expect(Math.abs(stored.updatedAt.getTime() - before)).toBeLessThan(5_000);
  });

  it("decides which questions of the real questionnaire apply exactly as the profile rules do", async () => {
    const corporate = latestQuestionnaire("corporate");
    await publishVersions(db, [corporate]);
    const version = await db.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { key: "corporate" }, version: corporate.version }, select: { id: true } });
    const keys = corporate.profile.map((question) => question.key);
    const profiles = [
      Object.fromEntries(keys.map((key) => [key, false])),
      Object.fromEntries(keys.map((key) => [key, true])),
      Object.fromEntries(keys.map((key, index) => [key, index % 2 === 0])),
      { jointResearchChina: true, handlesListedTechnology: true },
    ];
    const { organization, owner } = await openAssessment();
    for (const profile of profiles) {
      const { id: assessmentId } = await db.assessment.create({
        data: { organizationId: organization.id, questionnaireVersionId: version.id, title: "Real content", ownerId: owner.userId, status: "IN_PROGRESS", profile },
        select: { id: true },
      });
      for (const question of questionsOf(corporate)) {
        const save = saveAnswer(owner, { assessmentId, questionKey: question.key, baseVersion: 0, answer: answer(0) });
        if (applies(question.appliesIf, profile)) await expect(save).resolves.toEqual({ status: "saved", version: 1 });
        else await expect(save).rejects.toMatchObject({ code: "questionNotApplicable" });
      }
    }
  });
});
