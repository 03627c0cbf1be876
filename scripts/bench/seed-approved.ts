// The dashboard's data: an organization on the real corporate questionnaire with two approved
// assessments a year apart (so the page shows "last time"), every applicable question answered,
// frozen scores and a plan under way, written by the same seed as the demo data. The bench users
// become its members. Returns what a correctly rendered dashboard must show.
import type { PrismaClient } from "../../generated/prisma/client";
import type { TApplicableQuestion } from "../../lib/assessments/applicability";
import { latestQuestionnaire } from "../../lib/questionnaires/catalog";
import { publishVersions } from "../../lib/questionnaires/publish-versions";
import type { TDomainKey } from "../../lib/questionnaires/schema";
import { shownScore } from "../../lib/results/shown-score";
import { seedApprovedAssessment, type TSeededAnswer } from "../../prisma/seed/approved-assessment";

export type TDashboardBench = { organizationId: string; assessmentId: string; questionnaireVersionId: string; overallScore: number; previousScore: number; previousTitle: string };

const PROFILE = {
  jointResearchUs: true,
  jointResearchChina: true,
  operatesInChina: false,
  handlesListedTechnology: true,
  emergingTechnology: true,
  foreignInvestment: false,
  foreignFunding: false,
  hostsForeignResearchers: true,
  suppliesDefenceOrCriticalInfrastructure: true,
  handlesDesignatedInformation: false,
  usesHighRiskVendorEquipment: false,
};
const WEAKNESS: Partial<Record<TDomainKey, number>> = { "research-firewalls": 1.2, "supply-chain": 0.6, "export-control": 0.4 };
const TITLES = { previous: "2024年度 経済安全保障セルフアセスメント", latest: "2025年度 経済安全保障セルフアセスメント" };

/** Answers around a maturity level (0–4), varied by question; some optional questions marked not applicable. */
function answersAround(maturity: number) {
  let counter = 0;
  return (question: TApplicableQuestion): TSeededAnswer => {
    counter++;
    if (question.allowNotApplicable && counter % 3 === 0) return { level: null, notApplicable: true, justification: "該当する拠点・取引がないため対象外とした。" };
    const maxLevel = question.answer.levels.length - 1;
    const common = Math.min(4, Math.max(0, maturity - (WEAKNESS[question.domain] ?? 0) + ((counter * 7) % 5) * 0.5 - 1));
    return { level: Math.round((common / 4) * maxLevel) };
  };
}

export async function seedDashboard(prisma: PrismaClient, userIds: string[]): Promise<TDashboardBench> {
  const questionnaire = latestQuestionnaire("corporate");
  await publishVersions(prisma, [questionnaire]);
  const version = await prisma.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { key: questionnaire.key }, version: questionnaire.version }, select: { id: true } });
  const organization = await prisma.organization.create({ data: { name: "ベンチ精密工業株式会社", kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "FROM_1000_TO_4999" }, select: { id: true } });
  const [ownerId] = userIds;
  await prisma.membership.createMany({
    data: userIds.map((userId, index) => ({ organizationId: organization.id, userId, role: index === 0 ? "OWNER" : index < 10 ? "ASSESSOR" : "VIEWER" })),
  });
  const base = { organizationId: organization.id, ownerId: ownerId!, questionnaire, questionnaireVersionId: version.id, profile: PROFILE };
  const day = (iso: string) => new Date(`${iso}T10:00:00+09:00`);
  const [previousId, latestId] = await prisma.$transaction(async (tx) => [
    await seedApprovedAssessment(tx, { ...base, title: TITLES.previous, approvedAt: day("2025-02-20"), answerFor: answersAround(1.6), actionFor: () => ({ status: "DONE" }) }),
    await seedApprovedAssessment(tx, {
      ...base,
      title: TITLES.latest,
      approvedAt: day("2026-02-18"),
      answerFor: answersAround(2.4),
      actionFor: (rank) =>
        rank <= 2 ? { ownerId, dueDate: day("2026-09-30"), status: "IN_PROGRESS" }
        : rank === 3 ? { status: "RISK_ACCEPTED", riskAcceptedReason: "対象拠点は2027年3月に閉鎖予定のため、追加投資は行わない。" }
        : rank <= 8 ? { ownerId, dueDate: day("2027-01-31"), status: "OPEN" }
        : {},
    }),
  ], { timeout: 60_000 });
  // What the page must show: the scores frozen at approval (the app's scoring produced them), as the app shows scores.
  const scores = await prisma.assessmentScore.findMany({ where: { assessmentId: { in: [previousId!, latestId!] } }, select: { assessmentId: true, overallScore: true } });
  const overallOf = (assessmentId: string) => shownScore(scores.find((score) => score.assessmentId === assessmentId)!.overallScore)!;
  return {
    organizationId: organization.id,
    assessmentId: latestId!,
    questionnaireVersionId: version.id,
    overallScore: overallOf(latestId!),
    previousScore: overallOf(previousId!),
    previousTitle: TITLES.previous,
  };
}
