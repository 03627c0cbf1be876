// Demo assessments, so that a new user sees results at once: for each demo organization two
// approved whole-organization assessments a year apart (a trend), approved assessments of three
// of its parts (a comparison), plans in progress, and this year's assessment still being answered.
// Deterministic and idempotent: nothing is added to an organization that already has the first.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import { questionsWithApplicability, type TApplicableQuestion, type TProfileAnswers } from "../../lib/assessments/applicability";
import { ZQuestionnaire, type TQuestionnaire } from "../../lib/questionnaires/questionnaire";
import type { TDomainKey, TQuestionnaireKey } from "../../lib/questionnaires/schema";
import { seedApprovedAssessment } from "./approved-assessment";
import { DEMO_ORGANIZATIONS } from "./demo";

type TDemoPlan = {
  organizationId: string;
  questionnaireKey: TQuestionnaireKey;
  profile: TProfileAnswers;
  titles: { previous: string; latest: string; current: string };
  units: string[];
  /** Domains this organization is weaker in, by how many levels. */
  weakness: Partial<Record<TDomainKey, number>>;
};

const PLANS: TDemoPlan[] = [
  {
    organizationId: DEMO_ORGANIZATIONS[0]!.id,
    questionnaireKey: "corporate",
    profile: { jointResearchUs: true, jointResearchChina: true, operatesInChina: true, handlesListedTechnology: true, emergingTechnology: true, foreignInvestment: false, foreignFunding: false, hostsForeignResearchers: true, suppliesDefenceOrCriticalInfrastructure: true, handlesDesignatedInformation: false, usesHighRiskVendorEquipment: true },
    titles: { previous: "2024年度 経済安全保障セルフアセスメント", latest: "2025年度 経済安全保障セルフアセスメント", current: "2026年度 経済安全保障セルフアセスメント" },
    units: ["本社", "九州工場", "ひかりマイクロデバイス株式会社"],
    weakness: { "research-firewalls": 1.2, "china-operations": 0.8, "supply-chain": 0.5 },
  },
  {
    organizationId: DEMO_ORGANIZATIONS[1]!.id,
    questionnaireKey: "university",
    profile: { jointResearchUs: true, jointResearchChina: true, operatesInChina: false, handlesListedTechnology: true, emergingTechnology: true, foreignFunding: true, hostsForeignResearchers: true, suppliesDefenceOrCriticalInfrastructure: false, handlesDesignatedInformation: false, usesHighRiskVendorEquipment: false },
    titles: { previous: "2024年度 研究セキュリティ自己点検", latest: "2025年度 研究セキュリティ自己点検", current: "2026年度 研究セキュリティ自己点検" },
    units: ["工学院", "理学院", "情報理工学院"],
    weakness: { "research-firewalls": 1, "personnel-clearance": 0.8, "cyber-readiness": 0.6 },
  },
];

/** A stable number in [0, 1) from a string. */
function noise(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** A plausible answer around a maturity level (0–4), on the question's own scale. */
function levelAround(question: TApplicableQuestion, maturity: number, salt: string): number {
  const maxLevel = question.answer.levels.length - 1;
  const common = Math.min(4, Math.max(0, maturity + (noise(`${salt}:${question.key}`) - 0.5) * 2.4));
  return Math.round((common / 4) * maxLevel);
}

const day = (iso: string) => new Date(`${iso}T10:00:00+09:00`);

async function latestVersion(prisma: Prisma.TransactionClient, key: TQuestionnaireKey): Promise<{ id: string; questionnaire: TQuestionnaire } | null> {
  const version = await prisma.questionnaireVersion.findFirst({ where: { questionnaire: { key } }, orderBy: { version: "desc" }, select: { id: true, content: true } });
  return version ? { id: version.id, questionnaire: ZQuestionnaire.parse(version.content) } : null;
}

async function seedOrganization(prisma: Prisma.TransactionClient, plan: TDemoPlan): Promise<void> {
  if (await prisma.assessment.findFirst({ where: { organizationId: plan.organizationId, title: plan.titles.previous }, select: { id: true } })) return;
  const version = await latestVersion(prisma, plan.questionnaireKey);
  if (!version) return;
  const members = await prisma.membership.findMany({ where: { organizationId: plan.organizationId }, select: { role: true, userId: true } });
  const userOf = (role: string) => members.find((member) => member.role === role)!.userId;
  const [assessor, contributor] = [userOf("ASSESSOR"), userOf("CONTRIBUTOR")];
  const base = { organizationId: plan.organizationId, ownerId: assessor, questionnaire: version.questionnaire, questionnaireVersionId: version.id, profile: plan.profile };
  const answers = (maturity: number, salt: string) => (question: TApplicableQuestion) => ({ level: levelAround(question, maturity - (plan.weakness[question.domain] ?? 0), salt) });

  await seedApprovedAssessment(prisma, { ...base, title: plan.titles.previous, approvedAt: day("2025-02-20"), answerFor: answers(1.6, "previous"), actionFor: () => ({ status: "DONE" }) });
  await seedApprovedAssessment(prisma, {
    ...base,
    title: plan.titles.latest,
    approvedAt: day("2026-02-18"),
    answerFor: answers(2.4, "latest"),
    // A plan under way: the first actions are being worked on, one is overdue, one risk accepted.
    actionFor: (rank) =>
      rank === 1 ? { ownerId: assessor, dueDate: day("2026-09-30"), status: "IN_PROGRESS" }
      : rank === 2 ? { ownerId: contributor, dueDate: day("2027-03-31"), status: "IN_PROGRESS" }
      : rank === 3 ? { ownerId: contributor, dueDate: day("2026-06-30"), status: "DONE" }
      : rank === 4 ? { status: "RISK_ACCEPTED", riskAcceptedReason: "対象拠点は2027年3月に閉鎖予定のため、追加投資は行わない。" }
      : rank <= 8 ? { ownerId: assessor, dueDate: day("2027-01-31"), status: "OPEN" }
      : {},
  });
  for (const [index, name] of plan.units.entries()) {
    const unit = await prisma.orgUnit.upsert({ where: { organizationId_name: { organizationId: plan.organizationId, name } }, create: { organizationId: plan.organizationId, name }, update: {}, select: { id: true } });
    await seedApprovedAssessment(prisma, { ...base, title: `${plan.titles.latest}（${name}）`, orgUnitId: unit.id, approvedAt: day(`2026-03-1${index}`), answerFor: answers(1.8 + 0.5 * index, name) });
  }

  // This year's assessment, half answered, with a domain given to a colleague.
  const current = await prisma.assessment.create({
    data: { organizationId: plan.organizationId, ownerId: assessor, questionnaireVersionId: version.id, title: plan.titles.current, status: "IN_PROGRESS", dueDate: day("2027-01-29"), profile: plan.profile },
    select: { id: true },
  });
  const scope = { assessmentId: current.id, organizationId: plan.organizationId };
  const firstDomains = new Set(version.questionnaire.domains.slice(0, 5).map((domain) => domain.key));
  const questions = questionsWithApplicability(version.questionnaire, plan.profile).filter((question) => question.applies && firstDomains.has(question.domain));
  await prisma.answer.createMany({ data: questions.map((question) => ({ ...scope, questionKey: question.key, level: levelAround(question, 2.8, "current"), updatedById: assessor })) });
  await prisma.domainAssignment.create({ data: { ...scope, domain: "export-control", assigneeId: contributor, dueDate: day("2026-12-18") } });
}

export async function seedDemoAssessments(prisma: PrismaClient): Promise<void> {
  // One transaction per organization: a seed that fails halfway leaves nothing behind to skip.
  for (const plan of PLANS) await prisma.$transaction((tx) => seedOrganization(tx, plan), { timeout: 60_000 });
}
