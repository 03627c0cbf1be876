// The one Prisma client of the app: a globalThis singleton so dev reloads reuse its pool.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // Two server workers by default (scripts/serve.mjs): 2 × 12 connections stay well inside
  // PostgreSQL's default limit of 100.
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 12 });
  return new PrismaClient({ adapter });
}

export const db = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
