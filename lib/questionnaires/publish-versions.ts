// Puts questionnaire versions into the database. Idempotent: a version already there is left
// as it is, and different content under an already published version number is refused, so an
// assessment started on a version never sees its questions change.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { questionsOf, type TQuestionnaire } from "./questionnaire";

export function contentHash(questionnaire: TQuestionnaire): string {
  return createHash("sha256").update(JSON.stringify(questionnaire)).digest("hex");
}

export class ChangedPublishedVersionError extends Error {
  constructor(key: string, version: number) {
    super(`Questionnaire "${key}" version ${version} is already published with different content: raise its version in lib/questionnaires/catalog.ts.`);
    this.name = "ChangedPublishedVersionError";
  }
}

export async function publishVersions(prisma: PrismaClient, questionnaires: TQuestionnaire[]): Promise<string[]> {
  const published: string[] = [];
  for (const questionnaire of questionnaires) {
    const hash = contentHash(questionnaire);
    const { id: questionnaireId } = await prisma.questionnaire.upsert({
      where: { key: questionnaire.key },
      update: {},
      create: { key: questionnaire.key },
      select: { id: true },
    });
    const existing = await prisma.questionnaireVersion.findUnique({
      where: { questionnaireId_version: { questionnaireId, version: questionnaire.version } },
      select: { contentHash: true },
    });
    if (existing) {
      if (existing.contentHash !== hash) throw new ChangedPublishedVersionError(questionnaire.key, questionnaire.version);
      continue;
    }
    const questions = questionsOf(questionnaire);
    await prisma.questionnaireVersion.create({
      data: {
        questionnaireId,
        version: questionnaire.version,
        content: questionnaire,
        contentHash: hash,
        questionCount: questions.length,
        questions: {
          create: questions.map((question, position) => ({
            key: question.key,
            domain: question.domain,
            position,
            weight: question.weight,
            maxLevel: question.answer.levels.length - 1,
            appliesIf: question.appliesIf,
            allowNotApplicable: question.allowNotApplicable,
          })),
        },
      },
    });
    published.push(`${questionnaire.key}@${questionnaire.version}`);
  }
  return published;
}
