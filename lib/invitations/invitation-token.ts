// Invitation links carry a random token; only its SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_TTL_DAYS = 7;

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
