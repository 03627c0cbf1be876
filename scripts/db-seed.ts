// npm run db:seed — applies migrations and creates the demo organizations and users (idempotent).
import { withDatabase } from "./lib/database";
import { prepareDatabase } from "./lib/seed";
import { QUESTIONNAIRES } from "../lib/questionnaires/catalog";

await withDatabase((url) => prepareDatabase(url, { questionnaires: QUESTIONNAIRES }));
