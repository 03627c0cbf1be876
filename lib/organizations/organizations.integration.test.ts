import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrganization } from "./create-organization";
import { updateOrganization } from "./update-organization";
import { listSwitcherOrganizations, listUserOrganizations } from "./list-user-organizations";
import { createTestUser, membershipOf } from "@/tests/fixtures";

describe("[ORGANIZATIONS] create and update", () => {
  it("makes the creator its owner and records the creation", async () => {
    const user = await createTestUser();
    const { id } = await createOrganization(user.id, { name: "東都工業大学", kind: "UNIVERSITY", sector: "UNIVERSITY_RESEARCH", sizeBand: "OVER_5000" });
    expect(await listUserOrganizations(user.id)).toEqual([expect.objectContaining({ id, name: "東都工業大学", role: "OWNER" })]);
    expect(await db.auditLog.count({ where: { organizationId: id, action: "organization.create", actorId: user.id } })).toBe(1);
  });

  it("records each changed field with its old and new value", async () => {
    const user = await createTestUser();
    const { id } = await createOrganization(user.id, { name: "Old name", kind: "COMPANY", sector: "TELECOM", sizeBand: "UNDER_100" });
    await updateOrganization(await membershipOf(user.id, id), { name: "New name", kind: "COMPANY", sector: "TELECOM", sizeBand: "OVER_5000" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { organizationId: id, action: "organization.update" } });
    expect(entry.changes).toEqual({ name: ["Old name", "New name"], sizeBand: ["UNDER_100", "OVER_5000"] });
  });

  it("lets one user belong to several organizations with a role in each", async () => {
    const user = await createTestUser();
    const first = await createOrganization(user.id, { name: "Alpha", kind: "COMPANY", sector: "DEFENCE", sizeBand: "UNDER_100" });
    const other = await createTestUser();
    const second = await createOrganization(other.id, { name: "Beta", kind: "UNIVERSITY", sector: "UNIVERSITY_RESEARCH", sizeBand: "UNDER_100" });
    await db.membership.create({ data: { organizationId: second.id, userId: user.id, role: "VIEWER" } });
    const organizations = await listUserOrganizations(user.id);
    expect(organizations.map(({ id, role }) => [id, role])).toEqual([
      [first.id, "OWNER"],
      [second.id, "VIEWER"],
    ]);
  });

  it("offers the header's switcher every organization of the user, by name", async () => {
    const user = await createTestUser();
    const zeta = await createOrganization(user.id, { name: "Zeta", kind: "COMPANY", sector: "DEFENCE", sizeBand: "UNDER_100" });
    const alpha = await createOrganization(user.id, { name: "alpha", kind: "COMPANY", sector: "DEFENCE", sizeBand: "UNDER_100" });
    const other = await createTestUser();
    await createOrganization(other.id, { name: "Not mine", kind: "COMPANY", sector: "DEFENCE", sizeBand: "UNDER_100" });
    expect(await listSwitcherOrganizations(user.id, "en")).toEqual([
      { id: alpha.id, name: "alpha" },
      { id: zeta.id, name: "Zeta" },
    ]);
  });
});
