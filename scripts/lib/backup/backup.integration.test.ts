import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { create as createTar, extract } from "tar";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { QUESTIONNAIRES } from "../../../lib/questionnaires/catalog";
import { DEMO_ORGANIZATIONS } from "../../../prisma/seed/demo";
import { applyMigrations, migrationNames } from "../migrations";
import { createPrisma } from "../prisma";
import { prepareDatabase } from "../seed";
import { BackupError } from "./backup-error";
import { createBackup } from "./create-backup";
import { restoreBackup } from "./restore-backup";

const root = path.resolve(import.meta.dirname, "../../..");
const work = mkdtempSync(path.join(tmpdir(), "mamori-backup-test-"));
const backupFile = path.join(work, "source.tar.gz");
const execFileAsync = promisify(execFile);

function databaseUrl(name: string): string {
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}
const adminUrl = databaseUrl("postgres");
const sourceUrl = databaseUrl("mamori_backup_source");
const restoredUrl = databaseUrl("mamori_backup_restored");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function recreateDatabase(name: string): Promise<void> {
  await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await query(adminUrl, `CREATE DATABASE "${name}"`);
}

/**
 * Every table the catalog lists (not a hand-kept list: a new table is compared automatically) with
 * its row count and an md5 of all its rows in a fixed order, the migrations, and the sequences.
 */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    const rows: Record<string, { count: number; md5: string }> = {};
    for (const { name } of tables) {
      const { rows: [table] } = await client.query<{ count: number; md5: string }>(
        `SELECT count(*)::int AS count, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM ${pg.escapeIdentifier(name)} t`,
      );
      rows[name] = table!;
    }
    const { rows: migrations } = await client.query("SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1");
    const { rows: sequences } = await client.query("SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1");
    return { rows, migrations, sequences };
  } finally {
    await client.end();
  }
}

/** The demo data, plus the rows it lacks: audit entries, comments, evidence, targets… with Japanese, tabs, newlines, backslashes and NULLs. */
async function seedSource(): Promise<void> {
  await prepareDatabase(sourceUrl, { questionnaires: QUESTIONNAIRES, demo: true, quiet: true });
  const prisma = createPrisma(sourceUrl);
  try {
    const organizationId = DEMO_ORGANIZATIONS[0]!.id;
    const [owner, assessor] = await Promise.all(
      ["owner@hikari.example.jp", "assessor@hikari.example.jp"].map((email) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } })),
    );
    const approved = await prisma.assessment.findFirstOrThrow({ where: { organizationId, status: "APPROVED", orgUnitId: null }, orderBy: { approvedAt: "desc" } });
    const scope = { assessmentId: approved.id, organizationId };
    const tricky = "輸出管理規程を改定済み\t（2026年）\n二行目 \\ バックスラッシュ \"引用\"";
    await prisma.auditLog.createMany({
      data: [
        { organizationId, actorId: owner!.id, action: "answer.save", targetType: "answer", targetId: `${approved.id}:gov.board`, changes: { level: [1, 3], justification: [null, tricky], nested: { list: [1.5, true, null] } } },
        { organizationId: null, actorId: null, action: "auth.sign-in-failed", targetType: "user" },
        { organizationId, actorId: assessor!.id, action: "assessment.approve", targetType: "assessment", targetId: approved.id, changes: { status: ["IN_REVIEW", "APPROVED"] } },
      ],
    });
    await prisma.answerComment.create({ data: { ...scope, questionKey: "gov.board", authorId: owner!.id, body: `@assessor ${tricky}`, mentions: [assessor!.id, "{quoted,\"id\"}"] } });
    await prisma.evidence.createMany({
      data: [
        { ...scope, questionKey: "gov.board", kind: "LINK", url: "https://example.jp/規程/情報管理.pdf", name: "情報管理規程", createdById: owner!.id },
        { ...scope, questionKey: "gov.board", kind: "FILE", name: "取締役会議事録.pdf", mimeType: "application/pdf", size: 123_456, storageKey: "org/abc/def.pdf", createdById: owner!.id },
      ],
    });
    await prisma.domainTarget.create({ data: { ...scope, domain: "governance", targetLevel: 4, reason: "取締役会の方針により引き上げ", setById: assessor!.id } });
    await prisma.invitation.create({ data: { organizationId, email: "新入社員@hikari.example.jp", role: "VIEWER", tokenHash: "f".repeat(64), expiresAt: new Date("2026-12-31T23:59:59.999Z"), invitedById: owner!.id } });
    await prisma.loginRateLimit.createMany({ data: [{ key: "login:ip:127.0.0.1", points: 3, expire: 9_007_199_254_740_993n }, { key: "login:email:x@example.jp", points: 1, expire: null }] });
    // A reopened assessment points at the one it revises (a foreign key within one table).
    await prisma.assessment.create({
      data: { organizationId, questionnaireVersionId: approved.questionnaireVersionId, title: `${approved.title}（再評価）`, status: "IN_PROGRESS", profile: approved.profile ?? {}, revision: 2, previousRevisionId: approved.id, ownerId: assessor!.id },
    });
  } finally {
    await prisma.$disconnect();
  }
}

async function runScript(script: string, args: string[], url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts", script), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, INIT_CWD: root },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A copy of the backup with one unpacked file changed, re-packed into a valid archive. */
async function alteredBackup(name: string, entry: string, change: (text: string) => string): Promise<string> {
  const dir = mkdtempSync(path.join(work, "unpacked-"));
  await extract({ file: backupFile, cwd: dir });
  writeFileSync(path.join(dir, entry), change(readFileSync(path.join(dir, entry), "utf8")));
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as { tables: { file: string }[] };
  const file = path.join(work, name);
  await createTar({ gzip: true, file, cwd: dir }, ["manifest.json", ...manifest.tables.map((table) => table.file)]);
  return file;
}

// The tests run in order on one source and one restored database: the first makes the backup file.
describe("[BACKUP] db:backup and db:restore", () => {
  let source: Awaited<ReturnType<typeof fingerprint>>;

  beforeAll(async () => {
    await recreateDatabase("mamori_backup_source");
    await recreateDatabase("mamori_backup_restored");
    await seedSource();
    source = await fingerprint(sourceUrl);
  });

  afterAll(async () => {
    for (const name of ["mamori_backup_source", "mamori_backup_restored"]) await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  });

  it("restores a backup into a fresh database with every table equal row for row, and sequences that go on", async () => {
    const empty = Object.entries(source.rows).filter(([, table]) => table.count === 0).map(([name]) => name);
    expect(empty, "seed a row for each new table in seedSource() so that the round trip covers it").toEqual([]);

    const backup = await runScript("db-backup.ts", ["--out", backupFile], sourceUrl);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`${Object.keys(source.rows).length} tables, [\\d,]+ rows → .*source\\.tar\\.gz \\([\\d.]+ KiB\\) in [\\d.]+ s`));

    const restore = await runScript("db-restore.ts", [backupFile], restoredUrl);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    const restored = await fingerprint(restoredUrl);
    expect(restored).toEqual(source);

    const [{ max }] = (await query<{ max: string }>(restoredUrl, 'SELECT max(id)::text AS max FROM "AuditLog"')) as [{ max: string }];
    const [inserted] = await query<{ id: string }>(restoredUrl, `INSERT INTO "AuditLog" (action, "targetType") VALUES ('backup.test', 'test') RETURNING id::text`);
    expect(BigInt(inserted!.id)).toBeGreaterThan(BigInt(max));
    await query(restoredUrl, `DELETE FROM "AuditLog" WHERE action = 'backup.test'`).catch(() => {}); // may be refused once the log is append-only
  });

  it("refuses a truncated, corrupted or altered backup without touching the target, even with --force", async () => {
    const before = await fingerprint(restoredUrl);
    const bytes = readFileSync(backupFile);
    const truncated = path.join(work, "truncated.tar.gz");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const flipped = path.join(work, "flipped.tar.gz");
    writeFileSync(flipped, Buffer.from(bytes).fill(0x55, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 16));
    const altered = await alteredBackup("altered.tar.gz", "data/001-Answer.tsv", (text) => text.replace(/\t3\t/, "\t4\t"));
    const notABackup = path.join(work, "notes.tar.gz");
    writeFileSync(notABackup, "just some text");

    for (const [file, message] of [[truncated, /truncated or damaged/], [flipped, /truncated or damaged/], [altered, /rows of Answer do not match their checksum/], [notABackup, /not a readable backup/]] as const) {
      await expect(restoreBackup({ url: restoredUrl, file, force: true })).rejects.toThrow(message);
    }
    expect(await fingerprint(restoredUrl)).toEqual(before);
  });

  it("refuses a backup with migrations this code does not know", async () => {
    const newer = await alteredBackup("newer.tar.gz", "manifest.json", (text) => text.replace('"migrations": [', '"migrations": [\n    "29991231000000_from_the_future",'));
    await expect(restoreBackup({ url: restoredUrl, file: newer, force: true })).rejects.toThrow(/29991231000000_from_the_future/);
  });

  it("refuses a database that holds data unless --force, which replaces it", async () => {
    await query(restoredUrl, `INSERT INTO "Organization" (id, name, kind, sector, "sizeBand", "updatedAt") VALUES ('extra-org', '後から追加', 'COMPANY', 'OTHER', 'UNDER_100', now())`);
    const changed = await fingerprint(restoredUrl);

    const refused = await runScript("db-restore.ts", [backupFile], restoredUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Refusing to restore .*it holds data .*--force/);
    expect(await fingerprint(restoredUrl)).toEqual(changed);

    const usage = await runScript("db-restore.ts", [], restoredUrl);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run db:restore -- FILE \[--force\]/);

    const forced = await restoreBackup({ url: restoredUrl, file: backupFile, force: true });
    expect(forced.replacedExisting).toBe(true);
    expect(await fingerprint(restoredUrl)).toEqual(source);
  });

  it("restores a backup made at an older migration, then applies this code's newer migrations", async () => {
    const [first, ...newer] = await migrationNames();
    await recreateDatabase("mamori_backup_old");
    const oldUrl = databaseUrl("mamori_backup_old");
    try {
      await applyMigrations(oldUrl, { only: [first!] });
      await query(oldUrl, `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('old-user', 'old@example.jp', '古い 利用者', '2026-11-24 06:20:21.123')`);
      const oldBackup = path.join(work, "old.tar.gz");
      await createBackup({ url: oldUrl, file: oldBackup });

      await recreateDatabase("mamori_backup_old");
      const restored = await restoreBackup({ url: oldUrl, file: oldBackup });
      expect(restored.migrations).toEqual([first]);
      expect(restored.newerMigrations).toEqual(newer);
      expect(await query(oldUrl, 'SELECT id, name, "updatedAt"::text AS "updatedAt" FROM "User"')).toEqual([{ id: "old-user", name: "古い 利用者", updatedAt: "2026-11-24 06:20:21.123" }]);
      expect(await fingerprint(oldUrl).then((state) => state.migrations.length)).toBe(newer.length + 1);
    } finally {
      await query(adminUrl, 'DROP DATABASE IF EXISTS "mamori_backup_old" WITH (FORCE)');
    }
  });

  it("refuses an existing output file rather than overwrite it", async () => {
    await expect(createBackup({ url: sourceUrl, file: backupFile })).rejects.toThrow(BackupError);
    await expect(createBackup({ url: sourceUrl, file: backupFile })).rejects.toThrow(/already exists/);
  });
});
