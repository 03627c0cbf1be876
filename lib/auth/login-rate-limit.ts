// Failed sign-ins are limited per account and per client address. A blocked attempt answers
// exactly like a wrong password, whether or not the account exists. The counters live in
// PostgreSQL, so every app instance (and every server worker) sees the same ones.
import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { pgPool } from "@/lib/db/pg-pool";

const WINDOW_SECONDS = 15 * 60;
// The table comes from a Prisma migration (model LoginRateLimit); the limiter must not create it.
const shared = { storeClient: pgPool, tableName: "login_rate_limit", tableCreated: true, clearExpiredByTimeout: false, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS };
const perAccount = new RateLimiterPostgres({ ...shared, keyPrefix: "login-account", points: 5 });
const perAddress = new RateLimiterPostgres({ ...shared, keyPrefix: "login-ip", points: 30 });

async function isBlocked(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  const state = await limiter.get(key);
  return state !== null && state.remainingPoints <= 0;
}

export async function loginBlocked(email: string, address: string): Promise<boolean> {
  const [account, ip] = await Promise.all([isBlocked(perAccount, email), isBlocked(perAddress, address)]);
  return account || ip;
}

/** Counts a failure; tells whether it was the one that locked the account. */
export async function recordLoginFailure(email: string, address: string): Promise<{ accountLocked: boolean }> {
  const [account] = await Promise.all([perAccount.penalty(email, 1), perAddress.penalty(address, 1)]);
  return { accountLocked: account.remainingPoints <= 0 };
}

export async function recordLoginSuccess(email: string): Promise<void> {
  await perAccount.delete(email);
}
