// Uploaded evidence on disk, outside anything the web server serves: UPLOAD_DIR, by default
// .data/uploads beside the embedded database. Files are named by random ids, never by users.
import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

function uploadRoot(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data/uploads"));
}

export async function storeUpload(organizationId: string, bytes: Uint8Array): Promise<string> {
  const storageKey = `${organizationId}/${randomUUID()}`;
  const target = path.join(uploadRoot(), storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, bytes, { mode: 0o600 });
  return storageKey;
}

export async function readUpload(storageKey: string): Promise<Buffer> {
  const root = uploadRoot();
  const target = path.resolve(root, storageKey);
  if (!target.startsWith(`${root}${path.sep}`)) throw new Error("storage key outside the upload directory");
  return readFile(target);
}
