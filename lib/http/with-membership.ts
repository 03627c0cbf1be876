// The one wrapper for route handlers that touch an organization's data: session, then
// membership and permission, then the handler; failures map to 401/403/404 without detail, and
// an unreachable database to 503, which clients (the autosave queue) retry.
import "server-only";
import { authorize, type TMembership } from "@/lib/authz/authorize";
import type { TPermission } from "@/lib/authz/roles";
import { getSessionUser } from "@/lib/auth/session";
import { loadedAccessOf } from "@/lib/authz/user-access";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { DomainError, type TErrorCode } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/security/request-id";

type TContext<P> = { params: Promise<P> };
type THandler<P> = (request: Request, scope: { membership: TMembership; params: P }) => Promise<Response>;

const STATUS: Partial<Record<TErrorCode, number>> = {
  notFound: 404,
  forbidden: 403,
  signedOut: 401,
  notAssigned: 403,
  assessmentLocked: 423,
  invalidInput: 400,
  unknownQuestion: 400,
  questionNotApplicable: 400,
  uploadTooLarge: 413,
  uploadEmpty: 400,
  uploadType: 415,
};

export function withMembership<P extends { orgId: string }>(permission: TPermission, handler: THandler<P>) {
  return async (request: Request, context: TContext<P>): Promise<Response> => {
    try {
      // Inside the try: the session check reads the database too (session version, memberships).
      const user = await getSessionUser();
      if (!user) return Response.json({ error: "signedOut" }, { status: 401 });
      const params = await context.params;
      const membership = await authorize({ userId: user.id, organizationId: params.orgId, permission, access: loadedAccessOf(user) });
      return await handler(request, { membership, params });
    } catch (error) {
      const status = error instanceof DomainError ? STATUS[error.code] : undefined;
      if (error instanceof DomainError && status) return Response.json({ error: error.code }, { status });
      const log = logger.child({ requestId: request.headers.get(REQUEST_ID_HEADER), path: new URL(request.url).pathname });
      if (isDatabaseUnavailable(error)) {
        log.warn({ err: error }, "database unavailable");
        return Response.json({ error: "unavailable" }, { status: 503, headers: { "Retry-After": "5" } });
      }
      log.error({ err: error }, "route handler failed");
      return Response.json({ error: "unexpected" }, { status: 500 });
    }
  };
}
