// The one Prisma client of the app: a globalThis singleton so dev reloads reuse its pool.
import "server-only";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * Each distinct SQL text becomes a named statement, which node-pg prepares once per connection:
 * PostgreSQL then parses it once and, after a few runs, reuses its plan. The queries' shapes are
 * fixed by the code, so the number of statements per connection stays small.
 */
function statementNameGenerator({ sql }: { sql: string }): string {
  return `m${createHash("sha1").update(sql).digest("base64url")}`;
}

function createClient(): PrismaClient {
  // Two server workers by default (scripts/serve.mjs): 2 × 12 connections stay well inside
  // PostgreSQL's default limit of 100.
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 12 }, { statementNameGenerator });
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
