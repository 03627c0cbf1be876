// Picks the reader's language from questionnaire text, which is data ({ ja, en }), not messages.
import type { TI18nText } from "@/lib/questionnaires/schema";

export function localized(text: TI18nText, locale: string): string {
  return locale === "en" ? text.en : text.ja;
}
