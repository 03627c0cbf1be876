import { describe, expect, it } from "vitest";
import { authorize } from "./authorize";
import { PERMISSIONS, ROLES, can, type TPermission } from "./roles";
import { DomainError } from "@/lib/errors";
import { createTestOrganization, createTestUser } from "@/tests/fixtures";

const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as TPermission[];

async function errorCodeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("[AUTHZ] authorize", () => {
  it("gives a member of organization A nothing of organization B, exactly as if B did not exist", async () => {
    const a = await createTestOrganization("A");
    const b = await createTestOrganization("B");
    for (const role of ROLES) {
      for (const permission of ALL_PERMISSIONS) {
        const intoOther = await errorCodeOf(authorize({ userId: a.users[role].id, organizationId: b.id, permission }));
        const intoNothing = await errorCodeOf(authorize({ userId: a.users[role].id, organizationId: "zzzzzzzzzzzzzzzzzzzzzzzzz", permission }));
        expect(intoOther).toBe("notFound");
        expect(intoNothing).toBe(intoOther);
      }
    }
  });

  it("treats a malformed organization id as not found", async () => {
    const user = await createTestUser();
    expect(await errorCodeOf(authorize({ userId: user.id, organizationId: "../../etc/passwd", permission: "organization.read" }))).toBe("notFound");
  });

  it("allows each role exactly what the permission table says, and a VIEWER nothing that changes data", async () => {
    const organization = await createTestOrganization();
    for (const role of ROLES) {
      for (const permission of ALL_PERMISSIONS) {
        const code = await errorCodeOf(authorize({ userId: organization.users[role].id, organizationId: organization.id, permission }));
        expect(code, `${role} ${permission}`).toBe(can(role, permission) ? null : "forbidden");
      }
    }
    for (const permission of ["organization.update", "member.invite", "member.manage"] as const) {
      expect(await errorCodeOf(authorize({ userId: organization.users.VIEWER.id, organizationId: organization.id, permission }))).toBe("forbidden");
    }
  });

  it("returns the membership with the caller's role and organization", async () => {
    const organization = await createTestOrganization("Scoped org");
    const membership = await authorize({ userId: organization.users.ASSESSOR.id, organizationId: organization.id, permission: "audit.read" });
    expect(membership).toMatchObject({ organizationId: organization.id, role: "ASSESSOR", organization: { name: "Scoped org", kind: "COMPANY" } });
  });
});
