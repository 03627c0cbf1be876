// The server-action clients. Expected failures (DomainError) reach the client as message keys;
// an unreachable database as "unavailable"; anything else is logged with an id and reported as
// "unexpected".
import "server-only";
import { createSafeActionClient, createValidatedMiddleware } from "next-safe-action";
import { authorize } from "@/lib/authz/authorize";
import type { TPermission } from "@/lib/authz/roles";
import { getSessionUser, type TSessionUser } from "@/lib/auth/session";
import { loadedAccessOf } from "@/lib/authz/user-access";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { DomainError, type TErrorCode } from "@/lib/errors";
import { requestLogger } from "@/lib/log/request-logger";

export const actionClient = createSafeActionClient({
  async handleServerError(error): Promise<TErrorCode> {
    if (error instanceof DomainError) return error.code;
    const log = await requestLogger();
    if (isDatabaseUnavailable(error)) {
      log.warn({ err: error }, "server action: database unavailable");
      return "unavailable";
    }
    log.error({ err: error }, "server action failed");
    return "unexpected";
  },
});

export const authActionClient = actionClient.use(async ({ next }) => {
  const user = await getSessionUser();
  if (!user) throw new DomainError("signedOut");
  return next({ ctx: { user } });
});

/**
 * Runs after input validation: checks the caller's membership of the organization named in the
 * input and puts it into ctx, so no action body repeats the check.
 */
export function requirePermission(permission: TPermission) {
  return createValidatedMiddleware<{ ctx: { user: TSessionUser }; parsedInput: { organizationId: string } }>().define(
    async ({ ctx, parsedInput, next }) => {
      const membership = await authorize({ userId: ctx.user.id, organizationId: parsedInput.organizationId, permission, access: loadedAccessOf(ctx.user) });
      return next({ ctx: { membership } });
    },
  );
}
