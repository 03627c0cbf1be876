// Migrates and seeds a database, printing the demo sign-ins.
import { DEMO_PASSWORD, seedDemo } from "../../prisma/seed/demo";
import { applyMigrations } from "./migrations";
import { createPrisma } from "./prisma";

export async function migrateAndSeed(url: string, { quiet = false }: { quiet?: boolean } = {}): Promise<void> {
  await applyMigrations(url);
  const prisma = createPrisma(url);
  try {
    const credentials = await seedDemo(prisma);
    if (quiet) return;
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD})`);
    console.table(credentials.map(({ email, organization, role }) => ({ email, organization, role })));
  } finally {
    await prisma.$disconnect();
  }
}
