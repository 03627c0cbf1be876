// Each domain's title in the reader's language, by domain key.
import { localized } from "@/lib/i18n/localized";
import type { TQuestionnaire } from "./questionnaire";
import type { TDomainKey } from "./schema";

export function domainTitles(questionnaire: TQuestionnaire, locale: string): Record<TDomainKey, string> {
  return Object.fromEntries(questionnaire.domains.map((domain) => [domain.key, localized(domain.title, locale)])) as Record<TDomainKey, string>;
}
