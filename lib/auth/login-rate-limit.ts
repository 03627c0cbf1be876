// Failed sign-ins are limited per account and per client address. A blocked attempt answers
// exactly like a wrong password, whether or not the account exists.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

const WINDOW_SECONDS = 15 * 60;
const perAccount = new RateLimiterMemory({ keyPrefix: "login-account", points: 5, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });
const perAddress = new RateLimiterMemory({ keyPrefix: "login-ip", points: 30, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS });

async function isBlocked(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  const state = await limiter.get(key);
  return state !== null && state.remainingPoints <= 0;
}

export async function loginBlocked(email: string, address: string): Promise<boolean> {
  const [account, ip] = await Promise.all([isBlocked(perAccount, email), isBlocked(perAddress, address)]);
  return account || ip;
}

export async function recordLoginFailure(email: string, address: string): Promise<void> {
  await Promise.all([perAccount.penalty(email, 1), perAddress.penalty(address, 1)]);
}

export async function recordLoginSuccess(email: string): Promise<void> {
  await perAccount.delete(email);
}
