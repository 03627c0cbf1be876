// .env.local holds this machine's generated NEXTAUTH_SECRET (never committed).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, appendFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const file = path.join(root, ".env.local");

function readEnvFile(): Record<string, string> {
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/))
      .filter((match): match is RegExpMatchArray => Boolean(match))
      .map((match) => [match[1]!, match[2]!.replace(/^["']|["']$/g, "")]),
  );
}

/** The secret from the environment, else from .env.local, else a new one saved there. */
export function ensureNextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const saved = readEnvFile().NEXTAUTH_SECRET;
  if (saved) return saved;
  const secret = randomBytes(32).toString("base64url");
  appendFileSync(file, `NEXTAUTH_SECRET=${secret}\n`, { mode: 0o600 });
  console.log("Generated NEXTAUTH_SECRET into .env.local");
  return secret;
}
