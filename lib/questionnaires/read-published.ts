// Published questionnaire versions, as the database holds them, for browsing.
import "server-only";
import { db } from "@/lib/db/client";
import { ZQuestionnaire, type TQuestionnaire } from "./questionnaire";
import { ZQuestionnaireKey } from "./schema";

export async function listPublishedQuestionnaires() {
  const questionnaires = await db.questionnaire.findMany({
    orderBy: { key: "asc" },
    select: {
      key: true,
      versions: { orderBy: { version: "desc" }, select: { version: true, questionCount: true, publishedAt: true, content: true } },
    },
  });
  return questionnaires.flatMap(({ key, versions }) => {
    const [latest, ...older] = versions;
    if (!latest) return [];
    const { title, description } = ZQuestionnaire.parse(latest.content);
    return [{ key, title, description, version: latest.version, questionCount: latest.questionCount, publishedAt: latest.publishedAt, olderVersions: older.map((version) => version.version) }];
  });
}

/** A published version (the latest unless one is asked for), or null. */
export async function readPublishedQuestionnaire(key: string, version?: number): Promise<TQuestionnaire | null> {
  const parsedKey = ZQuestionnaireKey.safeParse(key);
  if (!parsedKey.success) return null;
  const found = await db.questionnaireVersion.findFirst({
    where: { questionnaire: { key: parsedKey.data }, ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
    select: { content: true },
  });
  return found ? ZQuestionnaire.parse(found.content) : null;
}
