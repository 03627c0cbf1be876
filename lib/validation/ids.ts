// Identifiers that arrive from URLs and forms (cuid).
import { z } from "zod";

export const ZId = z.string().regex(/^[a-z0-9]{20,40}$/, "errors.notFound");
