// Unpacks a backup file into a private temporary folder and checks all of it — archive, manifest,
// every table's checksum — so that a restore starts only from a file known to be whole.
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { extract, list } from "tar";
import { BackupError } from "./backup-error";
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, MANIFEST_FILE, ZBackupManifest, type TBackupManifest } from "./manifest";

export type TOpenedBackup = {
  manifest: TBackupManifest;
  /** Absolute path of a table's unpacked rows. */
  pathOf: (file: string) => string;
  close: () => Promise<void>;
};

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

async function readManifest(dir: string, file: string): Promise<TBackupManifest> {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) throw new BackupError(`${file} is not a Mamori backup: it has no ${MANIFEST_FILE}.`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch {
    throw new BackupError(`${file} is damaged: its ${MANIFEST_FILE} is not valid JSON.`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format === BACKUP_FORMAT && format.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`${file} is a backup of format version ${String(format.formatVersion)}, which this version of Mamori cannot read.`);
  }
  const parsed = ZBackupManifest.safeParse(json);
  if (!parsed.success) throw new BackupError(`${file} is not a Mamori backup, or it is damaged: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return parsed.data;
}

export async function openBackup(file: string): Promise<TOpenedBackup> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`);
  const dir = await mkdtemp(path.join(tmpdir(), "mamori-restore-"));
  const close = () => rm(dir, { recursive: true, force: true });
  try {
    try {
      // Read through once without writing (strict: a truncated or altered archive fails instead of
      // warning), so that a failure never races with half-written files.
      await list({ file, strict: true });
    } catch (error) {
      throw new BackupError(`${file} is not a readable backup archive (${(error as Error).message}): it may be truncated or damaged.`);
    }
    await extract({ file, cwd: dir, strict: true, filter: (entry) => entry === MANIFEST_FILE || /^data\/[^/]+\.tsv$/.test(entry) });
    const manifest = await readManifest(dir, file);
    for (const table of manifest.tables) {
      const unpacked = path.join(dir, table.file);
      if (!existsSync(unpacked)) throw new BackupError(`${file} is damaged: the rows of ${table.name} (${table.file}) are missing.`);
      if ((await sha256Of(unpacked)) !== table.sha256) throw new BackupError(`${file} is damaged: the rows of ${table.name} do not match their checksum.`);
    }
    return { manifest, pathOf: (name) => path.join(dir, name), close };
  } catch (error) {
    await close();
    throw error;
  }
}
