// The executive scorecard of an assessment, with its downloads: the scorecard as PDF in either
// language, and answers, gaps and actions as Excel or CSV.
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Scorecard } from "@/components/scorecard/scorecard";
import { NoAccess } from "@/components/ui/no-access";
import { PrintButton } from "@/components/ui/print-button";
import { requireAssessmentPage } from "@/lib/assessments/require-assessment-page";
import { DomainError } from "@/lib/errors";
import { titleFrom } from "@/lib/i18n/page-title";
import { getScorecard } from "@/lib/scorecard/get-scorecard";

export const generateMetadata = titleFrom("scorecardPage", "title");

const SHEETS = ["domains", "answers", "gaps", "actions"] as const;

export default async function ScorecardPage({ params }: PageProps<"/[locale]/orgs/[orgId]/assessments/[assessmentId]/scorecard">) {
  const { locale, orgId, assessmentId } = await params;
  setRequestLocale(locale);
  const { membership } = await requireAssessmentPage(orgId, assessmentId, `/orgs/${orgId}/assessments/${assessmentId}/scorecard`);
  const language = locale === "en" ? "en" : "ja";
  const view = await getScorecard(membership, { assessmentId, locale: language }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "forbidden") return null;
    throw error;
  });
  if (!view) return <NoAccess />;
  const [t, tSheets] = await Promise.all([getTranslations("scorecardPage"), getTranslations("exports.sheets")]);
  const exportUrl = (query: string) => `/api/orgs/${orgId}/assessments/${assessmentId}/export?${query}`;
  const other = language === "ja" ? "en" : "ja";
  const linkClass = "text-sm font-medium text-brand-700 underline";
  return (
    <div className="space-y-5">
      <nav aria-label={t("downloads")} className="flex flex-wrap items-center gap-x-5 gap-y-2 print:hidden">
        <PrintButton />
        <span className="text-sm font-medium text-slate-800">{t("downloads")}</span>
        <a href={exportUrl(`format=pdf&locale=${language}`)} className={linkClass} download>
          {t("pdf")}
        </a>
        <a href={exportUrl(`format=pdf&locale=${other}`)} className={linkClass} download lang={other}>
          {t("pdfOther")}
        </a>
        <a href={exportUrl(`format=xlsx&locale=${language}`)} className={linkClass} download>
          {t("xlsx")}
        </a>
        {SHEETS.map((sheet) => (
          <a key={sheet} href={exportUrl(`format=csv&locale=${language}&sheet=${sheet}`)} className={linkClass} download>
            {t("csv", { sheet: tSheets(sheet) })}
          </a>
        ))}
      </nav>
      <Scorecard view={view} />
    </div>
  );
}
