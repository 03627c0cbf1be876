// A small plain `pg` pool beside Prisma, for libraries that speak to PostgreSQL themselves
// (the sign-in rate limiter). One per process, reused across dev reloads.
import "server-only";
import { Pool } from "pg";
import { logger } from "@/lib/log/logger";

const globalForPool = globalThis as unknown as { pgPool?: Pool };

function createPool(): Pool {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  // An idle connection the server cuts (a restart or failover) is dropped from the pool, and the
  // next query opens a new one; without a listener the error would be an uncaught exception.
  pool.on("error", (error) => logger.warn({ err: error }, "idle database connection closed"));
  return pool;
}

export const pgPool = globalForPool.pgPool ?? createPool();
if (process.env.NODE_ENV !== "production") globalForPool.pgPool = pgPool;
