// generateMetadata for pages whose title is one message: `export const generateMetadata = titleFrom("signIn", "title")`.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export function titleFrom(namespace: string, key: string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: (await params).locale, namespace });
    return { title: t(key) };
  };
}
