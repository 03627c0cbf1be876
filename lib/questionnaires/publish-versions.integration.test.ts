import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { QUESTIONNAIRES } from "./catalog";
import { ChangedPublishedVersionError, publishVersions } from "./publish-versions";
import { questionsOf, type TQuestionnaire } from "./questionnaire";

function renamed(questionnaire: TQuestionnaire, key: string): TQuestionnaire {
  return { ...questionnaire, key: key as TQuestionnaire["key"] };
}

describe("[QUESTIONNAIRES] publishing versions", () => {
  it("loads both questionnaires with every question, and a second load changes nothing", async () => {
    await publishVersions(db, QUESTIONNAIRES);
    const again = await publishVersions(db, QUESTIONNAIRES);
    expect(again).toEqual([]);
    for (const questionnaire of QUESTIONNAIRES) {
      const version = await db.questionnaireVersion.findFirstOrThrow({
        where: { questionnaire: { key: questionnaire.key }, version: questionnaire.version },
        select: { questionCount: true, _count: { select: { questions: true } } },
      });
      expect(version.questionCount).toBe(questionsOf(questionnaire).length);
      expect(version._count.questions).toBe(questionsOf(questionnaire).length);
    }
  });

  it("refuses different content under a version that is already published, and keeps the published one", async () => {
    const original = QUESTIONNAIRES[0]!;
    // Work on a copy under its own key so the real questionnaires stay untouched.
    const copy = renamed(original, `${original.key}-copy`);
    await publishVersions(db, [copy]);
    const edited = structuredClone(copy);
    edited.domains[0]!.questions[0]!.text.en = "A silently edited question";
    await expect(publishVersions(db, [edited])).rejects.toBeInstanceOf(ChangedPublishedVersionError);

    await publishVersions(db, [{ ...edited, version: copy.version + 1 }]);
    const versions = await db.questionnaireVersion.findMany({ where: { questionnaire: { key: copy.key } }, orderBy: { version: "asc" }, select: { version: true, content: true } });
    expect(versions.map((version) => version.version)).toEqual([copy.version, copy.version + 1]);
    const first = versions[0]!.content as TQuestionnaire;
    expect(first.domains[0]!.questions[0]!.text.en).toBe(original.domains[0]!.questions[0]!.text.en);
  });
});
