// The content of a published questionnaire version by its id. Versions never change once
// published, so each process parses one at most once and keeps it (a few hundred KB each).
import "server-only";
import { LRUCache } from "lru-cache";
import { db } from "@/lib/db/client";
import { ZQuestionnaire, type TQuestionnaire } from "./questionnaire";

const parsed = new LRUCache<string, TQuestionnaire>({ max: 50 });

export async function readQuestionnaireVersion(versionId: string): Promise<TQuestionnaire> {
  const known = parsed.get(versionId);
  if (known) return known;
  const { content } = await db.questionnaireVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true } });
  const questionnaire = ZQuestionnaire.parse(content);
  parsed.set(versionId, questionnaire);
  return questionnaire;
}
