// The address people reach Mamori at, for links in invitations.
import "server-only";
import { env } from "@/lib/env";

export function publicBaseUrl(requestHeaders: Headers): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/$/, "");
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
