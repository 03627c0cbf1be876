// Runs once when the server starts: refuse to run with a missing or malformed configuration.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { exitOnInvalidEnv } = await import("@/lib/env-startup");
  exitOnInvalidEnv();
}
