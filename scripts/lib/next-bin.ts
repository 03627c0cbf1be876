// The project's own Next.js CLI, and the production server that runs it on every core, spawned
// directly (not through npx) so that stopping the child stops the server itself.
import path from "node:path";

export const nextBin = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");

/** `node <serverBin> -p PORT` serves the production build (scripts/serve.mjs). */
export const serverBin = path.resolve(import.meta.dirname, "../serve.mjs");
