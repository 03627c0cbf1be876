// Backs up the app's database into one .tar.gz: a manifest plus every table's rows in COPY text
// format, all read in one repeatable-read snapshot so that the rows agree with each other.
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { create as createTar } from "tar";
import { BackupError } from "./backup-error";
import { applyCopySettings, appliedMigrations, currentSchema, listSequences, listTables, qualified, type TTable } from "./catalog";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_FILE, dataFileName, type TBackupManifest, type TSequenceState, type TTableData } from "./manifest";

const root = path.resolve(import.meta.dirname, "../../..");

export type TBackupSummary = { file: string; bytes: number; tables: TTableData[]; migrations: string[]; milliseconds: number };

function appIdentity(): { name: string; version: string } {
  const { name, version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; version: string };
  return { name, version };
}

async function copyTableOut(client: pg.ClientBase, schema: string, table: TTable, file: string): Promise<Omit<TTableData, "name" | "columns" | "file">> {
  const hash = createHash("sha256");
  let bytes = 0;
  const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(", ");
  const rows = client.query(copyTo(`COPY ${qualified(schema, table.name)} (${columns}) TO STDOUT`));
  await pipeline(
    rows,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    },
    createWriteStream(file, { mode: 0o600 }),
  );
  return { rows: rows.rowCount, bytes, sha256: hash.digest("hex") };
}

async function readSequence(client: pg.ClientBase, schema: string, name: string): Promise<TSequenceState> {
  const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(schema, name)}`);
  return { name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called };
}

/** Reads every table inside one read-only snapshot and writes the files of the archive into `dir`. */
async function snapshotInto(url: string, dir: string): Promise<TBackupManifest> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await applyCopySettings(client);
    const schema = await currentSchema(client);
    const { rows: version } = await client.query<{ server_version: string }>("SHOW server_version");
    const migrations = await appliedMigrations(client, schema);
    const tables: TTableData[] = [];
    for (const [index, table] of (await listTables(client, schema)).entries()) {
      const file = dataFileName(index, table.name);
      tables.push({ ...table, file, ...(await copyTableOut(client, schema, table, path.join(dir, file))) });
    }
    // Sequences are not transactional: read after the rows, they are at least as far as any id read.
    const sequences = await Promise.all((await listSequences(client, schema)).map((name) => readSequence(client, schema, name)));
    await client.query("COMMIT");
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      app: appIdentity(),
      postgresVersion: version[0]!.server_version,
      migrations,
      tables,
      sequences,
    };
  } finally {
    await client.end();
  }
}

export async function createBackup({ url, file }: { url: string; file: string }): Promise<TBackupSummary> {
  const started = performance.now();
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose another --out, or move it away.`);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const workDir = await mkdtemp(path.join(tmpdir(), "mamori-backup-"));
  // Written beside the target and renamed when complete, so a file under the final name is never half-written.
  const partial = `${file}.partial`;
  try {
    await mkdir(path.join(workDir, "data"));
    const manifest = await snapshotInto(url, workDir);
    await writeFile(path.join(workDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const entries = [MANIFEST_FILE, ...manifest.tables.map((table) => table.file)];
    // The archive holds password hashes and every organization's answers: readable by its owner only.
    await pipeline(createTar({ gzip: true, cwd: workDir, portable: true }, entries), createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, tables: manifest.tables, migrations: manifest.migrations, milliseconds: performance.now() - started };
  } finally {
    await rm(partial, { force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}
