// A published questionnaire: its profile questions, then each domain's questions in full.
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { QuestionDetails } from "@/components/questionnaires/question-details";
import { Card, CardTitle } from "@/components/ui/card";
import { requireSessionUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { questionsOf } from "@/lib/questionnaires/questionnaire";
import { readPublishedQuestionnaire } from "@/lib/questionnaires/read-published";

const ZVersion = z.coerce.number().int().positive().optional().catch(undefined);

export async function generateMetadata({ params }: PageProps<"/[locale]/questionnaires/[key]">) {
  const { locale, key } = await params;
  const questionnaire = await readPublishedQuestionnaire(key);
  return { title: questionnaire ? localized(questionnaire.title, locale) : undefined };
}

export default async function QuestionnairePage({ params, searchParams }: PageProps<"/[locale]/questionnaires/[key]">) {
  const { locale, key } = await params;
  setRequestLocale(locale);
  await requireSessionUser(`/questionnaires/${key}`);
  const questionnaire = await readPublishedQuestionnaire(key, ZVersion.parse((await searchParams).version));
  if (!questionnaire) notFound();
  const t = await getTranslations("questionnaires");
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{localized(questionnaire.title, locale)}</h1>
        <p className="text-slate-700">{localized(questionnaire.description, locale)}</p>
        <p className="text-sm text-slate-600">{t("versionLine", { version: questionnaire.version, count: questionsOf(questionnaire).length })}</p>
      </div>
      <nav aria-label={t("contents")} className="rounded-lg border border-slate-200 bg-white p-4">
        <ol className="grid gap-1 text-sm sm:grid-cols-2">
          <li>
            <a href="#profile" className="text-brand-700 underline">
              {t("profileTitle")}
            </a>
          </li>
          {questionnaire.domains.map((domain, index) => (
            <li key={domain.key}>
              <a href={`#${domain.key}`} className="text-brand-700 underline">
                {index + 1}. {localized(domain.title, locale)}
              </a>{" "}
              <span className="text-slate-600">({domain.questions.length})</span>
            </li>
          ))}
        </ol>
      </nav>
      <Card id="profile" className="space-y-3">
        <CardTitle>{t("profileTitle")}</CardTitle>
        <p className="text-sm text-slate-700">{t("profileHint")}</p>
        <ul className="list-disc space-y-2 pl-5 text-sm">
          {questionnaire.profile.map((question) => (
            <li key={question.key}>
              <span className="font-medium">{localized(question.text, locale)}</span>
              <span className="block text-slate-700">{localized(question.guidance, locale)}</span>
            </li>
          ))}
        </ul>
      </Card>
      {questionnaire.domains.map((domain, index) => (
        <section key={domain.key} id={domain.key} aria-labelledby={`${domain.key}-title`} className="space-y-3">
          <h2 id={`${domain.key}-title`} className="text-xl font-semibold">
            {index + 1}. {localized(domain.title, locale)}
          </h2>
          <p className="text-sm text-slate-700">{localized(domain.description, locale)}</p>
          <div className="space-y-2">
            {domain.questions.map((question) => (
              <QuestionDetails key={question.key} question={question} profile={questionnaire.profile} locale={locale} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
