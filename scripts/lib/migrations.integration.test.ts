import { readFileSync } from "node:fs";
import { inject, describe, expect, it } from "vitest";
import { pendingSchemaChanges, schemaPath } from "./migrations";

describe("[DATABASE] migrations", () => {
  it("agree with schema.prisma (no drift)", async () => {
    expect(await pendingSchemaChanges(inject("databaseUrl"))).toBe("");
  });

  it("would notice a schema change that has no migration", async () => {
    const changed = readFileSync(schemaPath, "utf8").replace("model User {", "model User {\n  nickname String?");
    expect(await pendingSchemaChanges(inject("databaseUrl"), changed)).toMatch(/ADD COLUMN\s+"nickname"/);
  });
});
