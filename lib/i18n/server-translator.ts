// Translations outside a page render (emails, exports), from the same message files.
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import type { TLocale } from "./routing";

const MESSAGES: Record<TLocale, typeof en> = { ja, en };

export function translatorFor(locale: TLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale] });
}
