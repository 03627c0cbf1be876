// Password hashing with bcrypt. Unknown accounts are checked against a dummy hash so that
// a wrong email and a wrong password take the same time.
//
// bcrypt reads only the first 72 bytes of its input. A longer password (a 25-character Japanese
// passphrase already is) is first reduced with SHA-256, as base64 (44 bytes, no NUL), so that
// every character counts. Passwords of up to 72 bytes go to bcrypt as they are, as they always
// have, so every existing hash (the demo accounts' too) stays valid.
import { createHash } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 11;
const DUMMY_HASH = bcrypt.hashSync("mamori-timing-equalizer", COST);

function bcryptInput(password: string): string {
  return bcrypt.truncates(password) ? createHash("sha256").update(password, "utf8").digest("base64") : password;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(bcryptInput(password), COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const stored = hash ?? DUMMY_HASH;
  let matches = await bcrypt.compare(bcryptInput(password), stored);
  // A long password hashed before the reduction above: bcrypt of its first 72 bytes.
  if (!matches && bcrypt.truncates(password)) matches = await bcrypt.compare(password, stored);
  return Boolean(hash) && matches;
}
