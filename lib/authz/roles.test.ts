import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "./roles";

describe("permission table", () => {
  it("lets only owners change the organization or its members", () => {
    for (const permission of ["organization.update", "member.invite", "member.manage"] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(["OWNER"]);
    }
  });

  it("gives a VIEWER read (and export) permissions only", () => {
    const viewerPermissions = Object.keys(PERMISSIONS).filter((permission) => can("VIEWER", permission as keyof typeof PERMISSIONS));
    expect(viewerPermissions.every((permission) => permission.endsWith(".read") || permission.endsWith(".export"))).toBe(true);
    expect(viewerPermissions).toContain("results.export");
    expect(can("VIEWER", "plan.update")).toBe(false);
    expect(viewerPermissions).toContain("organization.read");
    expect(can("VIEWER", "audit.read")).toBe(false);
  });

  it("lets every role read its organization", () => {
    expect(ROLES.every((role) => can(role, "organization.read"))).toBe(true);
  });
});
