// For instrumentation.ts: stop the server process when the configuration is invalid. Next.js only
// logs an error thrown by the instrumentation hook and goes on serving (every request then fails),
// so a production start without NEXTAUTH_SECRET would look up and running.
import { env } from "./env";

/** EX_CONFIG from sysexits.h; scripts/serve.mjs does not restart a worker that exits with it. */
export const INVALID_CONFIG_EXIT_CODE = 78;

export function exitOnInvalidEnv(): void {
  try {
    env();
  } catch (error) {
    console.error(`Mamori cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(INVALID_CONFIG_EXIT_CODE);
  }
}
