// A stack of its own for the fault and multi-instance tests: a throwaway embedded PostgreSQL and
// one or more production servers (scripts/serve.mjs, one worker each) on free ports, which a test
// may stop and start again. Every server shares the database and the session secret, as the
// instances of one deployment do.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import type { PrismaClient } from "../../generated/prisma/client";
import { latestQuestionnaire, QUESTIONNAIRES } from "../../lib/questionnaires/catalog";
import { findFreePort, startRestartablePostgres, type RestartableDatabase } from "../../scripts/lib/embedded-postgres";
import { serverBin } from "../../scripts/lib/next-bin";
import { createPrisma } from "../../scripts/lib/prisma";
import { prepareDatabase } from "../../scripts/lib/seed";

export const STACK_PASSWORD = "stack-password-2026";
const SECRET = "stack-secret-stack-secret-stack-secret-0000";

export type TStackServer = {
  url: string;
  /** SIGTERM, as a deployment stops an instance; resolves once the process has exited. */
  stop: () => Promise<void>;
  /** Starts it again, with `environment` added to its variables for this start only. */
  start: (environment?: Record<string, string>) => Promise<void>;
  /** Whether the process ended without being stopped (a crash). */
  crashed: () => boolean;
  /** What the server wrote to stderr, for failure messages. */
  errors: () => string;
};

export type TStackFixture = { organizationId: string; assessmentId: string; users: { email: string; name: string; id: string }[] };

async function untilHealthy(url: string, process: () => ChildProcess | undefined): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (process()?.exitCode != null) throw new Error(`server on ${url} exited while starting`);
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server on ${url} did not become healthy`);
}

async function stackServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<TStackServer> {
  const port = await findFreePort();
  const url = `http://localhost:${port}`;
  let child: ChildProcess | undefined;
  let stopping = false;
  let crashed = false;
  let stderr = "";
  const start = async (environment: Record<string, string> = {}) => {
    stopping = false;
    child = spawn(process.execPath, [serverBin, "-p", String(port)], {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, NODE_ENV: "production", WEB_CONCURRENCY: "1", DATABASE_URL: databaseUrl, NEXTAUTH_URL: url, NEXTAUTH_SECRET: SECRET, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv, ...environment },
    });
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("exit", () => {
      if (!stopping) crashed = true;
    });
    await untilHealthy(url, () => child);
  };
  const stop = async () => {
    if (!child || child.exitCode != null) return;
    stopping = true;
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  await start();
  return { url, start, stop, crashed: () => crashed, errors: () => stderr };
}

/** An organization with an assessor and an owner, and an assessment open for answers (every profile answer "no"). */
async function seedFixture(prisma: PrismaClient): Promise<TStackFixture> {
  const passwordHash = await bcrypt.hash(STACK_PASSWORD, 11);
  const organization = await prisma.organization.create({ data: { name: "障害試験株式会社", kind: "COMPANY", sector: "SEMICONDUCTORS", sizeBand: "FROM_100_TO_999" }, select: { id: true } });
  const users = [];
  for (const [email, name, role] of [["assessor@stack.example.jp", "試験 評価者", "ASSESSOR"], ["owner@stack.example.jp", "試験 オーナー", "OWNER"]] as const) {
    const user = await prisma.user.create({ data: { email, name, passwordHash }, select: { id: true, email: true, name: true } });
    await prisma.membership.create({ data: { organizationId: organization.id, userId: user.id, role } });
    users.push(user);
  }
  const corporate = latestQuestionnaire("corporate");
  const version = await prisma.questionnaireVersion.findFirstOrThrow({ where: { questionnaire: { key: "corporate" }, version: corporate.version }, select: { id: true } });
  const profile = Object.fromEntries(corporate.profile.map((question) => [question.key, false]));
  const assessment = await prisma.assessment.create({
    data: { organizationId: organization.id, questionnaireVersionId: version.id, title: "障害試験", status: "IN_PROGRESS", profile, ownerId: users[0]!.id },
    select: { id: true },
  });
  return { organizationId: organization.id, assessmentId: assessment.id, users };
}

export type TAppStack = { database: RestartableDatabase; prisma: PrismaClient; servers: TStackServer[]; fixture: TStackFixture; close: () => Promise<void> };

/** `environments`: extra variables for each server, by index (e.g. TRUSTED_PROXY_HOPS). */
export async function startAppStack({ servers: count, environments = [] }: { servers: number; environments?: Record<string, string>[] }): Promise<TAppStack> {
  const parent = mkdtempSync(path.join(tmpdir(), "mamori-stack-"));
  chmodSync(parent, 0o755);
  const database = await startRestartablePostgres({ dataDir: path.join(parent, "pg"), database: "mamori_stack" });
  await prepareDatabase(database.url, { questionnaires: QUESTIONNAIRES, demo: false, quiet: true });
  const prisma = createPrisma(database.url);
  const fixture = await seedFixture(prisma);
  const servers = await Promise.all(Array.from({ length: count }, (_, index) => stackServer(database.url, environments[index])));
  return {
    database,
    prisma,
    servers,
    fixture,
    close: async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await prisma.$disconnect();
      await database.stop();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
