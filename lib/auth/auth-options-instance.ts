// Built once per process, on first use, so that `next build` needs no secrets.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import { buildAuthOptions } from "./options";

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}
