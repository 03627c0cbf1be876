// An assessment's results as a file: the scorecard as PDF, or its domains, answers, gaps and
// actions as XLSX (all) or CSV (one). Every export is audited.
import "server-only";
import { db } from "@/lib/db/client";
import type { TMembership } from "@/lib/authz/authorize";
import { recordAudit } from "@/lib/audit/record-audit";
import { translatorFor } from "@/lib/i18n/server-translator";
import { loadResults } from "@/lib/results/load-results";
import { getScorecard } from "@/lib/scorecard/get-scorecard";
import { renderScorecardPdf } from "@/lib/scorecard/render-scorecard-pdf";
import type { TExportQuery } from "@/lib/validation/results";
import { exportSheets } from "./export-sheets";
import { sheetToCsv } from "./sheet-to-csv";
import { sheetsToXlsx } from "./sheets-to-xlsx";

export type TExportFile = { body: Uint8Array | string; type: string; name: string };

const TYPES = { pdf: "application/pdf", csv: "text/csv; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } as const;

/** "令和8年度 自己点検" → a file name that keeps the title but no path characters. */
function fileName(title: string, suffix: string, extension: string): string {
  return `${title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, "_").slice(0, 80)}-${suffix}.${extension}`;
}

async function buildFile(membership: TMembership, { assessmentId, format, locale, sheet }: TExportQuery & { assessmentId: string }): Promise<TExportFile> {
  if (format === "pdf") {
    const view = await getScorecard(membership, { assessmentId, locale });
    return { body: await renderScorecardPdf(view), type: TYPES.pdf, name: fileName(view.assessmentTitle, "scorecard", "pdf") };
  }
  const results = await loadResults(membership, assessmentId);
  const t = translatorFor(locale);
  const sheets = exportSheets({
    locale,
    t: (key) => t(`exports.${key}` as never),
    lightLabel: (light) => t(`scorecard.lights.${light}` as never),
    questionnaire: results.assessment.questionnaire,
    score: results.score,
    answers: results.answers,
    actions: results.actions,
  });
  if (format === "xlsx") return { body: await sheetsToXlsx(sheets, { title: results.assessment.title }), type: TYPES.xlsx, name: fileName(results.assessment.title, "results", "xlsx") };
  const chosen = sheets.find((candidate) => candidate.key === sheet)!;
  return { body: sheetToCsv(chosen), type: TYPES.csv, name: fileName(results.assessment.title, sheet, "csv") };
}

export async function exportAssessment(membership: TMembership, query: TExportQuery & { assessmentId: string }): Promise<TExportFile> {
  const file = await buildFile(membership, query);
  await recordAudit(db, {
    organizationId: membership.organizationId,
    actorId: membership.userId,
    action: "assessment.export",
    targetType: "Assessment",
    targetId: query.assessmentId,
    changes: { format: query.format, locale: query.locale, ...(query.format === "csv" ? { sheet: query.sheet } : {}) },
  });
  return file;
}
