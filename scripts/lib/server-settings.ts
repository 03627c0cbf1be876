// The production server's own settings (scripts/serve.mjs), from its arguments and environment.
// Type-only syntax, so that Node runs this file as it is.
import { z } from "zod";

export const ZPort = z.coerce.number().int().min(1).max(65535).default(3000);

/** How many reverse proxies stand in front of the server, each appending the address it saw. */
export const ZTrustedProxyHops = z.coerce.number().int().min(0).max(10).default(0);
