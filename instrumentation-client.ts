// Runs in the browser before the app's code. zod compiles object parsers with `new Function`
// unless told not to; the Content-Security-Policy forbids eval, so zod's probe for it would be
// reported as a violation on every page with a form.
import { z } from "zod";

z.config({ jitless: true });
