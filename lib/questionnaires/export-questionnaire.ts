// Questionnaire exports for domain experts' review: JSON and a spreadsheet with the same content.
import ExcelJS from "exceljs";
import { DOMAINS } from "./domains";
import type { TQuestionnaire } from "./questionnaire";

/** The review format: `{ key, version, domains: [{ key, title, questions: [...] }] }`. */
export function toExportJson(questionnaire: TQuestionnaire) {
  return {
    key: questionnaire.key,
    version: questionnaire.version,
    title: questionnaire.title,
    profile: questionnaire.profile,
    domains: questionnaire.domains.map((domain) => ({
      key: domain.key,
      title: domain.title,
      questions: domain.questions.map((question) => ({
        key: question.key,
        text: question.text,
        guidance: question.guidance,
        weight: question.weight,
        answerKind: question.answer.kind,
        levels: question.answer.levels,
        allowNotApplicable: question.allowNotApplicable,
        appliesIf: question.appliesIf ?? null,
        remediation: question.remediation,
        sources: question.sources,
      })),
    })),
  };
}

function describeCondition(condition: TQuestionnaire["domains"][number]["questions"][number]["appliesIf"]): string {
  if (!condition) return "";
  return "all" in condition ? `all: ${condition.all.join(", ")}` : `any: ${condition.any.join(", ")}`;
}

export async function toWorkbook(questionnaire: TQuestionnaire): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Mamori";
  const questions = workbook.addWorksheet("Questions", { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
  const levelColumns = [0, 1, 2, 3, 4].flatMap((level) => [
    { header: `Level ${level} (ja)`, key: `level${level}ja`, width: 30 },
    { header: `Level ${level} (en)`, key: `level${level}en`, width: 30 },
  ]);
  questions.columns = [
    { header: "Domain", key: "domain", width: 22 },
    { header: "Key", key: "key", width: 30 },
    { header: "Question (ja)", key: "textJa", width: 50 },
    { header: "Question (en)", key: "textEn", width: 50 },
    { header: "Guidance (ja)", key: "guidanceJa", width: 50 },
    { header: "Guidance (en)", key: "guidanceEn", width: 50 },
    { header: "Weight", key: "weight", width: 8 },
    { header: "Answer model", key: "answerKind", width: 14 },
    ...levelColumns,
    { header: "Not applicable allowed", key: "allowNotApplicable", width: 12 },
    { header: "Applies if", key: "appliesIf", width: 30 },
    { header: "Remediation (ja)", key: "remediationJa", width: 60 },
    { header: "Remediation (en)", key: "remediationEn", width: 60 },
    { header: "Recommendations", key: "recommendations", width: 16 },
    { header: "Frameworks", key: "frameworks", width: 40 },
  ];
  for (const domain of questionnaire.domains) {
    for (const question of domain.questions) {
      const levels = Object.fromEntries(question.answer.levels.flatMap((level, index) => [[`level${index}ja`, level.ja], [`level${index}en`, level.en]]));
      questions.addRow({
        domain: `${DOMAINS[domain.key].title.ja} / ${DOMAINS[domain.key].title.en}`,
        key: question.key,
        textJa: question.text.ja,
        textEn: question.text.en,
        guidanceJa: question.guidance.ja,
        guidanceEn: question.guidance.en,
        weight: question.weight,
        answerKind: question.answer.kind,
        ...levels,
        allowNotApplicable: question.allowNotApplicable ? "yes" : "no",
        appliesIf: describeCondition(question.appliesIf),
        remediationJa: question.remediation.map((step) => `${step.fromLevel}→${step.fromLevel + 1} [${step.effort}, ${step.ownerRole}] ${step.text.ja}`).join("\n"),
        remediationEn: question.remediation.map((step) => `${step.fromLevel}→${step.fromLevel + 1} [${step.effort}, ${step.ownerRole}] ${step.text.en}`).join("\n"),
        recommendations: question.sources.recommendations.join(", "),
        frameworks: question.sources.frameworks.map((reference) => `${reference.framework} ${reference.id}`).join("\n"),
      });
    }
  }
  questions.getRow(1).font = { bold: true };
  questions.eachRow((row) => (row.alignment = { wrapText: true, vertical: "top" }));

  const profile = workbook.addWorksheet("Profile");
  profile.columns = [
    { header: "Key", key: "key", width: 34 },
    { header: "Question (ja)", key: "textJa", width: 60 },
    { header: "Question (en)", key: "textEn", width: 60 },
  ];
  for (const question of questionnaire.profile) profile.addRow({ key: question.key, textJa: question.text.ja, textEn: question.text.en });
  profile.getRow(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
