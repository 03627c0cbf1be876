import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { publishVersions } from "@/lib/questionnaires/publish-versions";
import { assignDomain } from "@/lib/assessments/assign-domain";
import { startAssessment } from "@/lib/assessments/start-assessment";
import { createTestOrganization, membershipOf } from "@/tests/fixtures";
import { testQuestionnaire } from "@/tests/questionnaire-fixture";
import { addComment } from "./add-comment";
import { listComments, listMentions } from "./list-comments";

describe("[COMMENTS] per question, with mentions", () => {
  beforeAll(async () => {
    await publishVersions(db, [testQuestionnaire("corporate", 900)]);
  });

  it("records a comment and shows it to the members it mentions", async () => {
    const organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const { id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Comments" });
    const localPart = organization.users.CONTRIBUTOR.email.split("@")[0];
    await addComment(owner, { assessmentId, questionKey: "qa.first", body: `@${localPart} 規程の最新版を添付してください。` });
    expect((await listComments(owner, assessmentId)).get("qa.first")).toEqual([expect.objectContaining({ body: expect.stringContaining("規程の最新版") })]);
    expect(await listMentions(organization.users.CONTRIBUTOR.id)).toEqual([expect.objectContaining({ questionKey: "qa.first" })]);
    expect(await listMentions(organization.users.ASSESSOR.id)).toEqual([]);
  });

  it("keeps contributors to their own domains and strangers out", async () => {
    const organization = await createTestOrganization();
    const owner = await membershipOf(organization.users.OWNER.id, organization.id);
    const contributor = await membershipOf(organization.users.CONTRIBUTOR.id, organization.id);
    const { id: assessmentId } = await startAssessment(owner, { questionnaireKey: "corporate", title: "Comments" });
    await expect(addComment(contributor, { assessmentId, questionKey: "qa.first", body: "hello" })).rejects.toMatchObject({ code: "notAssigned" });
    await assignDomain(owner, { assessmentId, domain: "governance", assigneeId: contributor.userId });
    await addComment(contributor, { assessmentId, questionKey: "qa.first", body: "done" });
    const other = await createTestOrganization("Other");
    await expect(addComment(await membershipOf(other.users.OWNER.id, other.id), { assessmentId, questionKey: "qa.first", body: "x" })).rejects.toMatchObject({ code: "notFound" });
    await expect(addComment(owner, { assessmentId, questionKey: "qa.nothing", body: "x" })).rejects.toMatchObject({ code: "unknownQuestion" });
  });
});
