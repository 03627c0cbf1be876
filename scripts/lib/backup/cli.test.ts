import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defaultBackupFile, formatBytes, parseBackupArgs, parseRestoreArgs } from "./cli";

const root = path.resolve(import.meta.dirname, "../../..");
const initCwd = process.env.INIT_CWD;

describe("[BACKUP] command-line arguments", () => {
  afterEach(() => {
    if (initCwd === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = initCwd;
  });

  it("names a backup after the UTC time, in the project's backups folder", () => {
    expect(defaultBackupFile(new Date("2026-12-02T05:08:05.123Z"))).toBe(path.join(root, "backups", "mamori-20261202T050805Z.tar.gz"));
    expect(parseBackupArgs([], new Date("2026-01-31T23:00:00Z")).file).toBe(path.join(root, "backups", "mamori-20260131T230000Z.tar.gz"));
  });

  it("resolves --out and the restore FILE from where npm was run", () => {
    process.env.INIT_CWD = "/srv/ops";
    expect(parseBackupArgs(["--out", "nightly.tar.gz"]).file).toBe("/srv/ops/nightly.tar.gz");
    expect(parseRestoreArgs(["../keep/nightly.tar.gz"])).toEqual({ file: "/srv/keep/nightly.tar.gz", force: false });
    expect(parseRestoreArgs(["/b/x.tar.gz", "--force"])).toEqual({ file: "/b/x.tar.gz", force: true });
  });

  it("refuses missing, extra or unknown arguments with the reason", () => {
    expect(() => parseBackupArgs(["file.tar.gz"])).toThrow(/takes no file argument/);
    expect(() => parseBackupArgs(["--out"])).toThrow(/argument missing/);
    expect(() => parseBackupArgs(["--out", " "])).toThrow(/--out needs a file name/);
    expect(() => parseRestoreArgs([])).toThrow(/exactly one backup FILE/);
    expect(() => parseRestoreArgs(["a.tar.gz", "b.tar.gz"])).toThrow(/exactly one backup FILE/);
    expect(() => parseRestoreArgs(["a.tar.gz", "--yes"])).toThrow(/Unknown option '--yes'/);
  });

  it("prints sizes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(192_063)).toBe("187.6 KiB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5.0 GiB");
  });
});
