// npm run db:backup -- [--out FILE] — writes the database (DATABASE_URL, else the embedded one,
// started for the occasion when `npm start` is not running) to one .tar.gz file.
import path from "node:path";
import { BACKUP_USAGE, formatBytes, parseBackupArgs, runCli, tableReport, totalRows } from "./lib/backup/cli";
import { createBackup } from "./lib/backup/create-backup";
import { describeUrl } from "./lib/backup/restore-backup";
import { withDatabase } from "./lib/database";

await runCli(BACKUP_USAGE, async () => {
  const { file } = parseBackupArgs(process.argv.slice(2));
  await withDatabase(async (url) => {
    const backup = await createBackup({ url, file });
    console.log(`Backed up ${describeUrl(url)} (schema at ${backup.migrations.at(-1) ?? "no migrations"}):`);
    console.log(tableReport(backup.tables));
    console.log(
      `${backup.tables.length} tables, ${totalRows(backup.tables).toLocaleString("en")} rows → ${path.relative(process.cwd(), backup.file) || backup.file} ` +
        `(${formatBytes(backup.bytes)}) in ${(backup.milliseconds / 1000).toFixed(1)} s`,
    );
  });
});
