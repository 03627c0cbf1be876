// Saves one answer. Every save names the version it started from: if someone else saved in
// between, nothing is overwritten and the caller gets both values to choose from.
//
// Autosave is the hottest path of the app, so the check, the write and its audit row go to the
// database as one statement (one round trip, atomic on its own). The statement only writes when
// the same rules that assertAnswerable() applies hold; when it does not write, those rules in
// TypeScript say why, and only a real conflict costs a second query (for the other answer).
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import type { TAnswerValue, TSaveAnswerInput } from "@/lib/validation/assessment";
import { checkAnswerable, type TAnswerTarget } from "./assert-answerable";

export type TStoredAnswer = TAnswerValue & { version: number; updatedBy: string; updatedAt: string };
export type TSaveAnswerResult = { status: "saved"; version: number } | { status: "conflict"; current: TStoredAnswer | null };

type TSaveRow = TAnswerTarget & { savedVersion: number | null };

async function currentAnswer(assessmentId: string, questionKey: string): Promise<TStoredAnswer | null> {
  const current = await db.answer.findUnique({
    where: { assessmentId_questionKey: { assessmentId, questionKey } },
    select: { level: true, notApplicable: true, justification: true, note: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
  });
  if (!current) return null;
  return {
    level: current.level,
    notApplicable: current.notApplicable,
    justification: current.justification ?? undefined,
    note: current.note ?? undefined,
    version: current.version,
    updatedBy: current.updatedBy.name,
    updatedAt: current.updatedAt.toISOString(),
  };
}

export async function saveAnswer(membership: TMembership, { assessmentId, questionKey, baseVersion, answer }: Omit<TSaveAnswerInput, "organizationId">): Promise<TSaveAnswerResult> {
  const level = answer.notApplicable ? null : answer.level;
  const justification = answer.notApplicable ? (answer.justification ?? null) : null;
  const note = answer.note ?? null;
  const { organizationId, userId, role } = membership;
  // FOR SHARE: a submit or approval waits for this save (and this save for it).
  const [row] = await db.$queryRaw<TSaveRow[]>`
    WITH target AS (
      SELECT a.status, a.profile, q.domain, q."maxLevel", q."appliesIf", q."allowNotApplicable",
             (SELECT d."assigneeId" FROM "DomainAssignment" d WHERE d."assessmentId" = a.id AND d.domain = q.domain) AS "assigneeId",
             CASE
               WHEN q."appliesIf" IS NULL THEN true
               WHEN q."appliesIf" ? 'all' THEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(q."appliesIf" -> 'all') k WHERE a.profile -> k IS DISTINCT FROM 'true'::jsonb)
               ELSE EXISTS (SELECT 1 FROM jsonb_array_elements_text(q."appliesIf" -> 'any') k WHERE a.profile -> k = 'true'::jsonb)
             END AS applies
      FROM "Assessment" a
      LEFT JOIN "QuestionnaireQuestion" q ON q."versionId" = a."questionnaireVersionId" AND q.key = ${questionKey}
      WHERE a.id = ${assessmentId} AND a."organizationId" = ${organizationId}
      FOR SHARE OF a
    ),
    allowed AS (
      SELECT 1 FROM target t
      WHERE t.status = 'IN_PROGRESS' AND t.domain IS NOT NULL AND t.applies
        AND (NOT ${answer.notApplicable}::boolean OR t."allowNotApplicable")
        AND (${level}::int IS NULL OR ${level}::int <= t."maxLevel")
        AND (${role}::text <> 'CONTRIBUTOR' OR t."assigneeId" = ${userId})
    ),
    before AS (
      SELECT level, "notApplicable" FROM "Answer" WHERE "assessmentId" = ${assessmentId} AND "questionKey" = ${questionKey}
    ),
    inserted AS (
      INSERT INTO "Answer" (id, "assessmentId", "organizationId", "questionKey", level, "notApplicable", justification, note, version, "updatedById", "updatedAt")
      SELECT ${`a${randomUUID().replaceAll("-", "")}`}::text, ${assessmentId}::text, ${organizationId}::text, ${questionKey}::text, ${level}::int, ${answer.notApplicable}::boolean,
             ${justification}::text, ${note}::text, 1, ${userId}::text, now() AT TIME ZONE 'UTC'
      FROM allowed WHERE ${baseVersion}::int = 0
      ON CONFLICT ("assessmentId", "questionKey") DO NOTHING
      RETURNING version
    ),
    updated AS (
      UPDATE "Answer" SET level = ${level}::int, "notApplicable" = ${answer.notApplicable}::boolean, justification = ${justification}::text, note = ${note}::text,
                          version = version + 1, "updatedById" = ${userId}::text, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "assessmentId" = ${assessmentId} AND "questionKey" = ${questionKey} AND version = ${baseVersion}::int
        AND ${baseVersion}::int > 0 AND EXISTS (SELECT 1 FROM allowed)
      RETURNING version
    ),
    saved AS (SELECT version FROM inserted UNION ALL SELECT version FROM updated),
    audit AS (
      INSERT INTO "AuditLog" ("organizationId", "actorId", action, "targetType", "targetId", changes)
      SELECT ${organizationId}::text, ${userId}::text, 'answer.save', 'Answer', ${`${assessmentId}:${questionKey}`}::text,
             jsonb_build_object(
               'level', jsonb_build_array((SELECT level FROM before), ${level}::int),
               'notApplicable', jsonb_build_array(COALESCE((SELECT "notApplicable" FROM before), false), ${answer.notApplicable}::boolean),
               'version', s.version)
      FROM saved s
    )
    SELECT t.status, t.profile, t.domain, t."maxLevel", t."appliesIf", t."allowNotApplicable", t."assigneeId", (SELECT version FROM saved) AS "savedVersion"
    FROM target t`;
  if (row?.savedVersion != null) return { status: "saved", version: row.savedVersion };
  // Not written: either a rule refuses it (throws the reason) or someone saved in between.
  checkAnswerable(row, membership, answer);
  return { status: "conflict", current: await currentAnswer(assessmentId, questionKey) };
}
