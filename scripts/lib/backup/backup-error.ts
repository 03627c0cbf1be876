// An expected failure of a backup or restore (bad file, refused target): the CLI prints its message
// alone, without a stack trace.
export class BackupError extends Error {
  override name = "BackupError";
}
