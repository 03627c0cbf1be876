// Data only the end-to-end tests rely on, with results that can be worked out by hand (see
// e2e/results.spec.ts): an approved corporate assessment in the demo company where every
// question is at its top level except research firewalls (all at 0) and export control (all at
// half: maturity 2 of 4, yes/partial/no "partial").
import type { PrismaClient } from "../../generated/prisma/client";
import { ZQuestionnaire } from "../../lib/questionnaires/questionnaire";
import { seedApprovedAssessment } from "./approved-assessment";
import { DEMO_ORGANIZATIONS } from "./demo";

export const E2E_SCORED_TITLE = "E2E 採点確認用の評価";
/** Joint research with US and Chinese partners, listed technology; nothing else. */
export const E2E_SCORED_PROFILE = { jointResearchUs: true, jointResearchChina: true, handlesListedTechnology: true };

export async function seedE2eFixtures(prisma: PrismaClient): Promise<void> {
  const organizationId = DEMO_ORGANIZATIONS[0]!.id;
  if (await prisma.assessment.findFirst({ where: { organizationId, title: E2E_SCORED_TITLE }, select: { id: true } })) return;
  const version = await prisma.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { key: "corporate" } }, orderBy: { version: "desc" }, select: { id: true, content: true } });
  const questionnaire = ZQuestionnaire.parse(version.content);
  const owner = await prisma.membership.findFirstOrThrow({ where: { organizationId, role: "ASSESSOR" }, select: { userId: true } });
  const profile = Object.fromEntries(questionnaire.profile.map((question) => [question.key, question.key in E2E_SCORED_PROFILE]));
  await prisma.$transaction((tx) =>
    seedApprovedAssessment(tx, {
      organizationId,
      ownerId: owner.userId,
      questionnaire,
      questionnaireVersionId: version.id,
      title: E2E_SCORED_TITLE,
      profile,
      approvedAt: new Date("2026-11-20T10:00:00+09:00"),
      answerFor: (question) => {
        const top = question.answer.levels.length - 1;
        if (question.domain === "research-firewalls") return { level: 0 };
        if (question.domain === "export-control") return { level: top / 2 };
        return { level: top };
      },
    }),
  );
}
