// npm run db:restore -- FILE [--force] — restores a backup made by db:backup into the database
// (DATABASE_URL, else the embedded one). Refuses a database that is not empty unless --force.
import { existsSync } from "node:fs";
import path from "node:path";
import { BackupError } from "./lib/backup/backup-error";
import { RESTORE_USAGE, parseRestoreArgs, runCli, tableReport, totalRows } from "./lib/backup/cli";
import { describeUrl, restoreBackup } from "./lib/backup/restore-backup";
import { withDatabase } from "./lib/database";

await runCli(RESTORE_USAGE, async () => {
  const { file, force } = parseRestoreArgs(process.argv.slice(2));
  if (!existsSync(file)) throw new BackupError(`${file} does not exist.`); // before starting a database for nothing
  await withDatabase(async (url) => {
    const restored = await restoreBackup({ url, file, force });
    if (restored.replacedExisting) console.log(`--force: emptied ${describeUrl(url)} first.`);
    console.log(`Restored ${path.relative(process.cwd(), file) || file} into ${describeUrl(url)} (schema at ${restored.migrations.at(-1) ?? "no migrations"}):`);
    console.log(tableReport(restored.tables));
    console.log(`${restored.tables.length} tables, ${totalRows(restored.tables).toLocaleString("en")} rows in ${(restored.milliseconds / 1000).toFixed(1)} s`);
    if (restored.newerMigrations.length) console.log(`Then applied this code's newer migrations: ${restored.newerMigrations.join(", ")}`);
  });
});
