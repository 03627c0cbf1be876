// The project's own Next.js CLI, spawned directly (not through npx) so that stopping the
// child stops the server itself.
import path from "node:path";

export const nextBin = path.resolve(import.meta.dirname, "../../node_modules/next/dist/bin/next");
