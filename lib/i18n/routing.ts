// Mamori speaks Japanese and English; Japanese unless the browser prefers English.
import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ja", "en"],
  defaultLocale: "ja",
});

export type TLocale = (typeof routing.locales)[number];
