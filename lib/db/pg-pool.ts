// A small plain `pg` pool beside Prisma, for libraries that speak to PostgreSQL themselves
// (the sign-in rate limiter). One per process, reused across dev reloads.
import "server-only";
import { Pool } from "pg";

const globalForPool = globalThis as unknown as { pgPool?: Pool };

export const pgPool = globalForPool.pgPool ?? new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
if (process.env.NODE_ENV !== "production") globalForPool.pgPool = pgPool;
