// Data for the load bench: organizations of ten people answering this year's assessment on the
// real corporate questionnaire, each person assigned one domain (the first an assessor, the
// others contributors who may read the results), half of every domain already answered. So each
// user saves only their own questions and no two users' saves conflict.
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../generated/prisma/client";
import { questionsWithApplicability } from "../../lib/assessments/applicability";
import { latestQuestionnaire } from "../../lib/questionnaires/catalog";
import { publishVersions } from "../../lib/questionnaires/publish-versions";

export type TLoadUser = { email: string; organizationId: string; assessmentId: string; domain: string; questions: { key: string; maxLevel: number }[] };
export type TLoadData = {
  users: TLoadUser[];
  assessmentIds: string[];
  /** The version of every answer before the run (0: not answered yet). */
  initialVersions: Map<string, number>;
};

export const LOAD_PASSWORD = "load-password-0000";
const PER_ORGANIZATION = 10;

/** The key of one answer in the version maps: `${assessmentId}:${questionKey}`, as the audit log names it. */
export const answerKey = (assessmentId: string, questionKey: string) => `${assessmentId}:${questionKey}`;

export async function seedLoad(prisma: PrismaClient, userCount: number): Promise<TLoadData> {
  const questionnaire = latestQuestionnaire("corporate");
  await publishVersions(prisma, [questionnaire]);
  const version = await prisma.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { key: questionnaire.key }, version: questionnaire.version }, select: { id: true } });
  // Every profile answer yes, so every question applies.
  const profile = Object.fromEntries(questionnaire.profile.map((question) => [question.key, true]));
  const questions = questionsWithApplicability(questionnaire, profile);
  const domains = questionnaire.domains.map((domain) => domain.key);
  // Sign-in is not measured: a cheap hash keeps 500 sign-ins to seconds (the app's check is the same bcrypt.compare).
  const passwordHash = await bcrypt.hash(LOAD_PASSWORD, 4);

  const users: TLoadUser[] = [];
  const assessmentIds: string[] = [];
  const initialVersions = new Map<string, number>();
  for (let first = 0; first < userCount; first += PER_ORGANIZATION) {
    const count = Math.min(PER_ORGANIZATION, userCount - first);
    const organization = await prisma.organization.create({ data: { name: `負荷試験 ${first / PER_ORGANIZATION + 1} 株式会社`, kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "FROM_1000_TO_4999" }, select: { id: true } });
    const people = await prisma.user.createManyAndReturn({
      data: Array.from({ length: count }, (_, index) => ({ email: `load-${first + index}@bench.example.jp`, name: `負荷 ${first + index}`, passwordHash })),
      select: { id: true, email: true },
    });
    await prisma.membership.createMany({ data: people.map((person, index) => ({ organizationId: organization.id, userId: person.id, role: index === 0 ? "ASSESSOR" : "CONTRIBUTOR" })) });
    const assessment = await prisma.assessment.create({
      data: { organizationId: organization.id, questionnaireVersionId: version.id, title: "2026年度 経済安全保障セルフアセスメント", status: "IN_PROGRESS", profile, contributorsReadAll: true, ownerId: people[0]!.id },
      select: { id: true },
    });
    const scope = { assessmentId: assessment.id, organizationId: organization.id };
    // With fewer than ten people the first takes the remaining domains (an assessor may answer any).
    const assigneeOf = (domainIndex: number) => people[domainIndex < people.length ? domainIndex : 0]!;
    await prisma.domainAssignment.createMany({ data: domains.map((domain, index) => ({ ...scope, domain, assigneeId: assigneeOf(index).id })) });
    const answered = questions.filter((_, index) => index % 2 === 0);
    await prisma.answer.createMany({
      data: answered.map((question, index) => ({ ...scope, questionKey: question.key, level: index % (question.answer.levels.length), updatedById: assigneeOf(domains.indexOf(question.domain)).id })),
    });
    for (const question of questions) initialVersions.set(answerKey(assessment.id, question.key), answered.includes(question) ? 1 : 0);
    assessmentIds.push(assessment.id);
    people.forEach((person, index) => {
      const domain = domains[index]!;
      const own = questions.filter((question) => question.domain === domain).map((question) => ({ key: question.key, maxLevel: question.answer.levels.length - 1 }));
      users.push({ email: person.email, ...scope, domain, questions: own });
    });
  }
  return { users, assessmentIds, initialVersions };
}
