// One query per request for everything the session check and authorization need about a user:
// whether the account exists, its current session version, and its memberships.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { TRole } from "./roles";

type TOrganizationKind = "COMPANY" | "UNIVERSITY";

export type TMembership = {
  userId: string;
  organizationId: string;
  role: TRole;
  organization: { id: string; name: string; kind: TOrganizationKind };
};

export type TUserAccess = {
  user: { id: string; email: string; name: string };
  sessionVersion: number;
  /**
   * By organization id. One object per membership and request, so per-request memos keyed on a
   * membership (findAssessment, loadResults) are shared by a page, its layouts and components.
   */
  memberships: Map<string, TMembership>;
};

type TAccessRow = {
  email: string;
  name: string;
  sessionVersion: number;
  role: TRole | null;
  organizationId: string | null;
  organizationName: string | null;
  kind: TOrganizationKind | null;
};

/**
 * The access each returned user object was loaded with. React's per-request memo covers rendering
 * only: a route handler or server action that checked the session passes its user to
 * authorize() and reuses the memberships loaded with it (see loadedAccessOf) instead of a second query.
 */
const loadedWith = new WeakMap<TUserAccess["user"], TUserAccess>();

export function loadedAccessOf(user: TUserAccess["user"]): TUserAccess | undefined {
  return loadedWith.get(user);
}

/**
 * Memoized per request: the page, its layout and their components share one lookup. A plain
 * join (a user has a handful of memberships): every request of the app passes here, and Prisma's
 * relation select costs several times more CPU.
 */
export const loadUserAccess = cache(async (userId: string): Promise<TUserAccess | null> => {
  const rows = await db.$queryRaw<TAccessRow[]>`
    SELECT u.email, u.name, u."sessionVersion", m.role, o.id AS "organizationId", o.name AS "organizationName", o.kind
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u.id
    LEFT JOIN "Organization" o ON o.id = m."organizationId"
    WHERE u.id = ${userId}`;
  const [first] = rows;
  if (!first) return null;
  const memberships: TUserAccess["memberships"] = new Map();
  for (const row of rows) {
    if (row.organizationId && row.role && row.organizationName && row.kind) {
      memberships.set(row.organizationId, {
        userId,
        organizationId: row.organizationId,
        role: row.role,
        organization: { id: row.organizationId, name: row.organizationName, kind: row.kind },
      });
    }
  }
  const access = { user: { id: userId, email: first.email, name: first.name }, sessionVersion: first.sessionVersion, memberships };
  loadedWith.set(access.user, access);
  return access;
});
