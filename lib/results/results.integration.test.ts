// Results on real PostgreSQL: approval freezes scores and makes the plan, targets are set by
// assessors with a reason, actions are edited by the right people only, and a new revision
// keeps the plan's progress.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { reopenAssessment } from "@/lib/assessments/reopen-assessment";
import { reviewAssessment } from "@/lib/assessments/review-assessment";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { saveProfile } from "@/lib/assessments/save-profile";
import { setContributorAccess } from "@/lib/assessments/set-contributor-access";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { queryPortfolio } from "@/lib/portfolio/portfolio-queries";
import { loadPlan } from "@/lib/remediation/load-plan";
import { updateRemediationAction } from "@/lib/remediation/update-action";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { SCORED_ANSWERS, SCORED_PROFILE } from "@/tests/scored-fixture";
import { loadResults } from "./load-results";
import { setDomainTarget } from "./set-domain-target";
import { shownScore } from "./shown-score";

/** The hand-worked assessment of tests/scored-fixture.ts, answered through the app. */
async function answeredAssessment(title = "Results test", orgUnitName?: string) {
  const organization = await createTestOrganization();
  const owner = await membershipOf(organization.users.OWNER.id, organization.id);
  const { id } = await startAssessment(owner, { questionnaireKey: "corporate", title, orgUnitName });
  await saveProfile(owner, { assessmentId: id, profile: SCORED_PROFILE });
  for (const { questionKey, level, notApplicable, justification } of SCORED_ANSWERS) {
    await saveAnswer(owner, { assessmentId: id, questionKey, baseVersion: 0, answer: { level, notApplicable, justification: justification ?? undefined } });
  }
  return { organization, owner, assessmentId: id };
}

async function approve(owner: Awaited<ReturnType<typeof membershipOf>>, assessmentId: string) {
  await reviewAssessment(owner, { assessmentId, event: "submit" });
  await reviewAssessment(owner, { assessmentId, event: "approve" });
}

describe("[RESULTS] scores, targets and the plan", () => {
  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
  });

  it("freezes the scores on approval and makes one action per gap", async () => {
    const { owner, assessmentId } = await answeredAssessment();
    await approve(owner, assessmentId);
    const frozen = await db.assessmentScore.findUniqueOrThrow({ where: { assessmentId }, include: { domains: { orderBy: { domain: "asc" } } } });
    expect(frozen.overallScore).toBeCloseTo((80 + 25 + 50) / 3, 6);
    expect(frozen.grade).toBe("C");
    expect(Object.fromEntries(frozen.domains.map((domain) => [domain.domain, domain.score]))).toMatchObject({ governance: 80, "sensitive-technology": 25, "research-firewalls": 50, "cyber-readiness": null });
    const actions = await db.remediationAction.findMany({ where: { assessmentId }, select: { questionKey: true, status: true } });
    expect(actions.map((action) => action.questionKey).sort()).toEqual(["firewall.disclosure", "qa.first", "qb.first"]);
    expect(await db.auditLog.count({ where: { targetId: assessmentId, action: "plan.generate" } })).toBe(1);
  });

  it("lets assessors adjust a domain's target with a reason, audited, until the assessment is locked", async () => {
    const { organization, owner, assessmentId } = await answeredAssessment();
    const assessor = await membershipOf(organization.users.ASSESSOR.id, organization.id);
    await setDomainTarget(assessor, { assessmentId, domain: "governance", targetLevel: 4, reason: "Board asked for level 4" });
    const { score } = await loadResults(assessor, assessmentId);
    const governance = score.domains.find((domain) => domain.domain === "governance")!;
    expect(governance.target).toMatchObject({ level: 4, profileLevel: 3, source: "override", override: { reason: "Board asked for level 4" } });
    // 80 is below 4 × 25 = 100 now: qa.first (level 2 → gap 2) and qa.second (4, no gap).
    expect(score.gaps.find((gap) => gap.key === "qa.first")?.gap).toBe(2);
    expect(await db.auditLog.findFirst({ where: { targetId: assessmentId, action: "target.set" }, select: { changes: true } })).toMatchObject({
      changes: { domain: "governance", targetLevel: [null, 4], reason: [null, "Board asked for level 4"] },
    });
    await approve(owner, assessmentId);
    await expect(setDomainTarget(assessor, { assessmentId, domain: "governance", targetLevel: 2, reason: "Later" })).rejects.toMatchObject({ code: "assessmentLocked" });
    const other = await createTestOrganization("Other");
    await expect(setDomainTarget(await membershipOf(other.users.OWNER.id, other.id), { assessmentId, domain: "governance", targetLevel: 1, reason: "x" })).rejects.toMatchObject({ code: "notFound" });
  });

  it("lets managers assign actions and their owners move status and notes, never overwriting each other", async () => {
    const { organization, owner, assessmentId } = await answeredAssessment();
    await approve(owner, assessmentId);
    const contributor = await membershipOf(organization.users.CONTRIBUTOR.id, organization.id);
    const action = await db.remediationAction.findFirstOrThrow({ where: { assessmentId, questionKey: "qb.first" } });
    const other = await db.remediationAction.findFirstOrThrow({ where: { assessmentId, questionKey: "qa.first" } });

    expect(await updateRemediationAction(owner, { assessmentId, actionId: action.id, version: 1, fields: { ownerId: contributor.userId, dueDate: "2026-12-24" } })).toEqual({ version: 2 });
    expect(await updateRemediationAction(contributor, { assessmentId, actionId: action.id, version: 2, fields: { status: "IN_PROGRESS", notes: "Register drafted" } })).toEqual({ version: 3 });
    // The owner of an action may not move its date, nor touch someone else's action.
    await expect(updateRemediationAction(contributor, { assessmentId, actionId: action.id, version: 3, fields: { dueDate: "2027-06-30" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateRemediationAction(contributor, { assessmentId, actionId: other.id, version: 1, fields: { status: "DONE" } })).rejects.toMatchObject({ code: "forbidden" });
    // A stale edit is refused, and actions go only to people who can do the work.
    await expect(updateRemediationAction(owner, { assessmentId, actionId: action.id, version: 2, fields: { status: "DONE" } })).rejects.toMatchObject({ code: "actionConflict" });
    await expect(updateRemediationAction(owner, { assessmentId, actionId: action.id, version: 3, fields: { ownerId: organization.users.VIEWER.id } })).rejects.toMatchObject({ code: "notFound" });

    const stored = await db.remediationAction.findUniqueOrThrow({ where: { id: action.id } });
    expect(stored).toMatchObject({ ownerId: contributor.userId, status: "IN_PROGRESS", notes: "Register drafted", version: 3, dueDate: new Date("2026-12-24T23:59:59+09:00") });
    const audit = await db.auditLog.findMany({ where: { targetId: `${assessmentId}:qb.first`, action: "plan.update" }, orderBy: { id: "asc" }, select: { actorId: true, changes: true } });
    expect(audit).toEqual([
      { actorId: owner.userId, changes: { ownerId: [null, contributor.userId], dueDate: [null, "2026-12-24"], version: 2 } },
      { actorId: contributor.userId, changes: { status: ["OPEN", "IN_PROGRESS"], notes: [null, "Register drafted"], version: 3 } },
    ]);
  });

  it("shows contributors only their own actions unless they may read every domain", async () => {
    const { organization, owner, assessmentId } = await answeredAssessment();
    await approve(owner, assessmentId);
    const contributor = await membershipOf(organization.users.CONTRIBUTOR.id, organization.id);
    const action = await db.remediationAction.findFirstOrThrow({ where: { assessmentId, questionKey: "qa.first" } });
    await updateRemediationAction(owner, { assessmentId, actionId: action.id, version: 1, fields: { ownerId: contributor.userId } });

    await expect(loadResults(contributor, assessmentId)).rejects.toMatchObject({ code: "forbidden" });
    const own = await loadPlan(contributor, assessmentId);
    expect(own.ownOnly).toBe(true);
    expect(own.rows.map((row) => row.questionKey)).toEqual(["qa.first"]);
    await setContributorAccess(owner, { assessmentId, readAll: true });
    expect((await loadPlan(contributor, assessmentId)).rows).toHaveLength(3);
  });

  it("carries the plan's progress into a new revision", async () => {
    const { organization, owner, assessmentId } = await answeredAssessment();
    await approve(owner, assessmentId);
    const action = await db.remediationAction.findFirstOrThrow({ where: { assessmentId, questionKey: "qb.first" } });
    await updateRemediationAction(owner, { assessmentId, actionId: action.id, version: 1, fields: { ownerId: organization.users.ASSESSOR.id, status: "IN_PROGRESS", notes: "Halfway" } });
    const { id: revisionId } = await reopenAssessment(owner, { assessmentId });
    await approve(owner, revisionId);
    expect(await db.remediationAction.findFirst({ where: { assessmentId: revisionId, questionKey: "qb.first" }, select: { ownerId: true, status: true, notes: true } })).toEqual({
      ownerId: organization.users.ASSESSOR.id,
      status: "IN_PROGRESS",
      notes: "Halfway",
    });
    // The approved revision keeps its own plan and scores.
    expect(await db.remediationAction.count({ where: { assessmentId } })).toBe(3);
    expect(await db.assessmentScore.count({ where: { assessmentId: { in: [assessmentId, revisionId] } } })).toBe(2);
  });

  it("aggregates an organization's approved assessments by month and by part, and nothing of others", async () => {
    const { organization, owner, assessmentId } = await answeredAssessment("Whole organization");
    await approve(owner, assessmentId);
    const unitAssessment = await startAssessment(owner, { questionnaireKey: "corporate", title: "Plant", orgUnitName: "Kyushu plant" });
    await saveProfile(owner, { assessmentId: unitAssessment.id, profile: SCORED_PROFILE });
    await saveAnswer(owner, { assessmentId: unitAssessment.id, questionKey: "qa.first", baseVersion: 0, answer: { level: 4, notApplicable: false } });
    await approve(owner, unitAssessment.id);
    const stranger = await answeredAssessment("Someone else's");
    await approve(stranger.owner, stranger.assessmentId);

    const { trend, units } = await queryPortfolio(db, organization.id);
    expect(trend.reduce((sum, point) => sum + point.assessments, 0)).toBe(2);
    expect(units.map((unit) => [unit.unitName, unit.title, shownScore(unit.score)])).toEqual([
      [null, "Whole organization", 51],
      ["Kyushu plant", "Plant", 100],
    ]);
    expect(units[1]!.domains).toMatchObject({ governance: 100, "sensitive-technology": null });
  });
});
