// The published questionnaires, with their versions and size.
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireSessionUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { listPublishedQuestionnaires } from "@/lib/questionnaires/read-published";
import { titleFrom } from "@/lib/i18n/page-title";

export const generateMetadata = titleFrom("questionnaires", "title");

export default async function QuestionnairesPage({ params }: PageProps<"/[locale]/questionnaires">) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireSessionUser("/questionnaires");
  const [questionnaires, t, format] = await Promise.all([listPublishedQuestionnaires(), getTranslations("questionnaires"), getFormatter()]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("subtitle")}</p>
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {questionnaires.map((questionnaire) => (
          <li key={questionnaire.key}>
            <Card className="flex h-full flex-col gap-3">
              <h2 className="text-lg font-semibold">
                <Link href={`/questionnaires/${questionnaire.key}`} className="text-brand-800 underline-offset-4 hover:underline">
                  {localized(questionnaire.title, locale)}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">{localized(questionnaire.description, locale)}</p>
              <p className="mt-auto text-sm text-slate-700">
                {t("meta", { version: questionnaire.version, count: questionnaire.questionCount, date: format.dateTime(questionnaire.publishedAt, { dateStyle: "medium" }) })}
              </p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
