// Prepares a database: migrations, the questionnaires' published versions, and (optionally) the
// demo organizations with their assessments, printing their sign-ins.
import { publishVersions } from "../../lib/questionnaires/publish-versions";
import type { TQuestionnaire } from "../../lib/questionnaires/questionnaire";
import { DEMO_PASSWORD, seedDemo } from "../../prisma/seed/demo";
import { seedDemoAssessments } from "../../prisma/seed/demo-assessments";
import { applyMigrations } from "./migrations";
import { createPrisma } from "./prisma";

type TOptions = { questionnaires: TQuestionnaire[]; demo?: boolean; quiet?: boolean };

export async function prepareDatabase(url: string, { questionnaires, demo = true, quiet = false }: TOptions): Promise<void> {
  await applyMigrations(url);
  const prisma = createPrisma(url);
  try {
    const published = await publishVersions(prisma, questionnaires);
    if (published.length && !quiet) console.log(`Published questionnaires: ${published.join(", ")}`);
    if (!demo) return;
    const credentials = await seedDemo(prisma);
    await seedDemoAssessments(prisma);
    if (quiet) return;
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD})`);
    console.table(credentials.map(({ email, organization, role }) => ({ email, organization, role })));
  } finally {
    await prisma.$disconnect();
  }
}
