// npm run db:seed — applies migrations and creates the demo organizations and users (idempotent).
import { withDatabase } from "./lib/database";
import { migrateAndSeed } from "./lib/seed";

await withDatabase((url) => migrateAndSeed(url));
