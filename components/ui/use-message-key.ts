"use client";
// Translates the message keys that zod schemas and server errors carry ("validation.email",
// "errors.lastOwner"), falling back to a generic message for anything unexpected.
import { useTranslations } from "next-intl";

export function useMessageKey() {
  const t = useTranslations();
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const full = key.startsWith("validation.") || key.startsWith("errors.") ? key : `errors.${key}`;
    return t.has(full) ? t(full) : t("validation.invalid");
  };
}
