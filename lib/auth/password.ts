// Password hashing with bcrypt. Unknown accounts are checked against a dummy hash so that
// a wrong email and a wrong password take the same time.
import bcrypt from "bcryptjs";

const COST = 11;
const DUMMY_HASH = bcrypt.hashSync("mamori-timing-equalizer", COST);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return Boolean(hash) && matches;
}
