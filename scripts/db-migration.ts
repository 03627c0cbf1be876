// npm run db:migration -- <name> — writes a new migration from the change to prisma/schema.prisma.
import { z } from "zod";
import { withDatabase } from "./lib/database";
import { createMigration } from "./lib/migrations";

const name = z
  .string()
  .regex(/^[a-z0-9_]+$/, "Name the migration in snake_case, e.g. add_assessments")
  .parse(process.argv[2]);

await withDatabase(async (url) => {
  const dir = await createMigration(url, name);
  console.log(dir ? `Created ${dir}/migration.sql — review it, then run npm run db:migrate.` : "schema.prisma and the migrations agree: nothing to do.");
});
