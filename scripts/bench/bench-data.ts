// Data for the benchmark: an organization with signed-in-able members and an open assessment on
// a 300-question questionnaire (10 domains × 30), built like real content but generated.
import bcrypt from "bcryptjs";
import { ZQuestionnaire, type TQuestionnaire } from "../../lib/questionnaires/questionnaire";
import { DOMAIN_KEYS } from "../../lib/questionnaires/schema";
import { publishVersions } from "../../lib/questionnaires/publish-versions";
import type { PrismaClient } from "../../generated/prisma/client";

const text = (label: string) => ({ ja: `${label}（ベンチマーク）`, en: label });
const LETTERS = "abcdefghij";

export function benchQuestionnaire(perDomain = 30): TQuestionnaire {
  return ZQuestionnaire.parse({
    key: "corporate",
    version: 1,
    title: text("Benchmark questionnaire"),
    description: text("Generated for npm run bench"),
    profile: [{ key: "jointResearchUs", text: text("US partners?"), guidance: text("US") }],
    domains: DOMAIN_KEYS.map((domain, index) => ({
      key: domain,
      title: text(domain),
      description: text(domain),
      questions: Array.from({ length: perDomain }, (_, n) => ({
        key: `b${LETTERS[index]}.q${n + 1}`,
        text: text(`Question ${n + 1} of ${domain}`),
        guidance: text("Guidance"),
        weight: ((n % 3) + 1) as 1 | 2 | 3,
        answer: { kind: "maturity", levels: [0, 1, 2, 3, 4].map((level) => text(`Level ${level}`)) },
        allowNotApplicable: false,
        remediation: [0, 1, 2, 3].map((fromLevel) => ({ fromLevel, text: text(`Step ${fromLevel}`), effort: "S", ownerRole: "security-lead" })),
        sources: { recommendations: ["HOS-1"], frameworks: [] },
      })),
    })),
  });
}

export const BENCH_PASSWORD = "bench-password-0000";

export async function seedBench(prisma: PrismaClient, users: number) {
  const questionnaire = benchQuestionnaire();
  await publishVersions(prisma, [questionnaire]);
  const version = await prisma.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { key: "corporate" } }, orderBy: { version: "desc" }, select: { id: true } });
  const organization = await prisma.organization.create({ data: { name: "Bench Co.", kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "OVER_5000" }, select: { id: true } });
  const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 11);
  const emails: string[] = [];
  const userIds: string[] = [];
  for (let index = 0; index < users; index++) {
    const email = `bench-${index}@bench.example.jp`;
    const user = await prisma.user.create({ data: { email, name: `Bench ${index}`, passwordHash }, select: { id: true } });
    await prisma.membership.create({ data: { organizationId: organization.id, userId: user.id, role: index === 0 ? "OWNER" : "ASSESSOR" } });
    emails.push(email);
    userIds.push(user.id);
  }
  const assessment = await prisma.assessment.create({
    data: { organizationId: organization.id, questionnaireVersionId: version.id, title: "Bench", status: "IN_PROGRESS", profile: { jointResearchUs: true }, ownerId: userIds[0]! },
    select: { id: true },
  });
  const questionKeys = questionnaire.domains.flatMap((domain) => domain.questions.map((question) => question.key));
  return { organizationId: organization.id, assessmentId: assessment.id, emails, userIds, questionKeys };
}
