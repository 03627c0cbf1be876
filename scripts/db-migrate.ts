// npm run db:migrate — applies pending migrations (idempotent).
import { withDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
});
