// Renders real Japanese and English scorecards and reads the PDFs back. Set SCORECARD_PDF_DIR to
// keep the files for a look (e.g. SCORECARD_PDF_DIR=/tmp → /tmp/scorecard-ja.pdf).
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { beforeAll, describe, expect, it } from "vitest";
import type { TLight } from "@/lib/scoring/types";
import { renderScorecardPdf } from "./render-scorecard-pdf";
import type { TScorecardDomain, TScorecardView } from "./scorecard-view";
import { hyphenateForPdf } from "./split-for-line-breaks";

type TDomainRow = [title: string, score: number | null, targetScore: number, previousScore: number | null];

function lightOf(score: number | null, targetScore: number): TLight {
  if (score === null) return "none";
  if (score >= targetScore) return "green";
  return score >= targetScore - 25 ? "amber" : "red";
}

function toDomains(rows: TDomainRow[], lightLabels: Record<TLight, string>): TScorecardDomain[] {
  return rows.map(([title, score, targetScore, previousScore]) => {
    const light = lightOf(score, targetScore);
    return { title, score, targetScore, previousScore, light, lightLabel: lightLabels[light] };
  });
}

const JA_RISK = "米国パートナーとの共同研究で得た技術が、中国のパートナーに流出するおそれがあります。";

const JA_VIEW: TScorecardView = {
  locale: "ja",
  labels: {
    heading: "経済安全保障 エグゼクティブ・スコアカード",
    overall: "総合評価",
    grade: "総合評価",
    score: "スコア",
    target: "目標",
    previous: "前回",
    trend: "推移",
    domains: "分野別の状況",
    domain: "分野",
    status: "状況",
    risks: "優先して対処すべきリスク",
    nextStep: "次の対応",
    plan: "是正計画",
    planSummary: "全24件の是正措置のうち9件が完了しました。期限を過ぎたものが3件あります。",
    planOpen: "未着手",
    planInProgress: "対応中",
    planDone: "完了",
    planRiskAccepted: "リスク受容",
    planOverdue: "期限超過",
    noScore: "未回答のため算出できません",
    footer: "Mamori 経済安全保障セルフアセスメント ― 社外秘。回答に基づく自己評価であり、第三者による認証ではありません。",
  },
  organizationName: "株式会社東邦精密工業",
  unitName: "半導体材料事業本部",
  assessmentTitle: "2026年度 経済安全保障 自己点検（半導体材料事業）",
  questionnaireTitle: "企業向け設問票 第2版（2026年10月改訂）",
  statusLine: "2026年12月1日 承認済み",
  overall: { score: 58, grade: "C", previousScore: 49, trendLine: "前回（2026年4月）から9ポイント改善しました。" },
  domains: toDomains(
    [
      ["ガバナンス", 72, 75, 60],
      ["機微技術の特定", 81, 75, 70],
      ["人的管理とクリアランス", 55, 75, 50],
      ["研究・事業のファイアウォール", 28, 100, 25],
      ["サイバー対処能力", 38, 75, 31],
      ["輸出管理と取引審査", 46, 100, 40],
      ["サプライチェーンと調達", 63, 75, 58],
      ["投資・資金・提携", 70, 50, 66],
      ["中国での事業・中国との協力", 52, 75, null],
      ["意識向上と教育", null, 50, 44],
    ],
    { green: "目標達成", amber: "目標まであと一歩", red: "目標から遅れ", none: "未回答" },
  ),
  risks: [
    {
      domain: "研究・事業のファイアウォール",
      risk: JA_RISK,
      finding: "レベル1（目標4）：米国案件と中国案件で、研究者・社内ネットワーク・データの保管場所が分離されていません。",
      nextStep: "共同研究ごとに参加者とデータの保管場所を洗い出し、米国案件と中国案件の分離計画を策定する（担当：研究開発部、期限：2027年1月31日）。",
    },
    {
      domain: "輸出管理と取引審査",
      risk: "懸念のある取引先への技術提供を見逃し、外為法違反や米国の制裁対象となるおそれがあります。",
      finding: "レベル2（目標4）：取引先の審査が米国エンティティ・リスト等の最新版と照合されていません。",
      nextStep: "取引審査の手順にエンティティ・リストと経済産業省の外国ユーザーリストの照合を加え、毎月更新する。",
    },
    {
      domain: "サイバー対処能力",
      risk: "国家が関与する攻撃者に標的型攻撃で侵入され、設計データを窃取されるおそれがあります。",
      finding: "レベル1（目標3）：標的型攻撃を検知・分析できる専門人材が社内にいません。",
      nextStep: null,
    },
  ],
  plan: { total: 24, open: 8, inProgress: 5, done: 9, riskAccepted: 2, overdue: 3, percentDone: 38 },
};

const EN_RISK = "Technology from joint research with US partners could leak to partners in China.";

const EN_VIEW: TScorecardView = {
  locale: "en",
  labels: {
    heading: "Economic security — executive scorecard",
    overall: "Overall",
    grade: "Grade",
    score: "Score",
    target: "Target",
    previous: "Previous",
    trend: "Trend",
    domains: "Domains",
    domain: "Domain",
    status: "Status",
    risks: "Top risks",
    nextStep: "Next step",
    plan: "Remediation plan",
    planSummary: "9 of 24 remediation actions are done; 3 are past their due date.",
    planOpen: "Open",
    planInProgress: "In progress",
    planDone: "Done",
    planRiskAccepted: "Risk accepted",
    planOverdue: "Overdue",
    noScore: "Not scored yet",
    footer: "Mamori economic-security self-assessment — confidential. A self-assessment from the answers given, not a third-party certification.",
  },
  organizationName: "Toho Precision Industries Co., Ltd.",
  unitName: null,
  assessmentTitle: "FY2026 economic-security self-assessment",
  questionnaireTitle: "Questionnaire for companies, 2nd edition (October 2026)",
  statusLine: "Approved 1 Dec 2026",
  overall: { score: 58, grade: "C", previousScore: 49, trendLine: "Up 9 points since April 2026." },
  domains: toDomains(
    [
      ["Governance", 72, 75, 60],
      ["Sensitive technology", 81, 75, 70],
      ["People and clearance", 55, 75, 50],
      ["Research firewalls", 28, 100, 25],
      ["Cyber readiness", 38, 75, 31],
      ["Export control and screening", 46, 100, 40],
      ["Supply chain and procurement", 63, 75, 58],
      ["Investment, funding and partnerships", 70, 50, 66],
      ["Operating in or with China", 52, 75, null],
      ["Awareness and training", null, 50, 44],
    ],
    { green: "On target", amber: "Close to target", red: "Behind target", none: "Not answered" },
  ),
  risks: [
    {
      domain: "Research firewalls",
      risk: EN_RISK,
      finding: "Level 1 of target 4: projects with US and Chinese partners share researchers, networks and data storage.",
      nextStep: "List the people and data locations of each joint project and plan their separation (R&D, by 31 Jan 2027).",
    },
    {
      domain: "Export control and screening",
      risk: "An export or technology transfer to a party of concern could go unnoticed, breaching the Foreign Exchange Act.",
      finding: "Level 2 of target 4: counterparties are not screened against current versions of the Entity List.",
      nextStep: null,
    },
    {
      domain: "Cyber readiness",
      risk: "State-sponsored attackers could break in through targeted phishing and steal design data.",
      finding: "Level 1 of target 3: no one in-house can detect and analyse targeted intrusions.",
      nextStep: "Contract a security operations service and name an incident lead.",
    },
  ],
  plan: { total: 24, open: 8, inProgress: 5, done: 9, riskAccepted: 2, overdue: 3, percentDone: 38 },
};

/** Everything as long as a real organization may make it: the page may then run onto a second one. */
const JA_LONG_VIEW: TScorecardView = {
  ...JA_VIEW,
  organizationName: "国立研究開発法人 先端材料・量子技術総合研究機構（経済安全保障推進本部）",
  unitName: "研究インテグリティ・研究セキュリティ推進室",
  statusLine: "2026年12月1日 経営会議にて承認済み（次回見直し：2027年6月）",
  risks: JA_VIEW.risks.map((risk) => ({
    ...risk,
    risk: `${risk.risk}関連する海外拠点や委託先、共同研究先の再委託先にまで影響が及ぶ可能性があり、早急な対応が求められます。`,
    finding: `${risk.finding}規程（2024年改訂）では「機微技術の管理責任者」を定めていますが、運用されていません。`,
  })),
};

/** Before anything is answered. */
const JA_EMPTY_VIEW: TScorecardView = {
  ...JA_VIEW,
  unitName: null,
  statusLine: "回答中",
  overall: { score: null, grade: null, previousScore: null, trendLine: null },
  domains: JA_VIEW.domains.map((domain) => ({ ...domain, score: null, previousScore: null, light: "none", lightLabel: "未回答" })),
  risks: [],
  plan: { total: 0, open: 0, inProgress: 0, done: 0, riskAccepted: 0, overdue: 0, percentDone: 0 },
};

const HAS_PDFTOTEXT = !spawnSync("pdftotext", ["-v"]).error;

/** The PDF's text as poppler reads it (the tests that need it skip where poppler-utils is missing). */
function extractText(pdf: Buffer): string {
  // -raw keeps the drawing order, so a figure and its "/ 100" stay side by side.
  const result = spawnSync("pdftotext", ["-raw", "-enc", "UTF-8", "-", "-"], { input: pdf, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** Japanese has no spaces, so wrapped lines compare best with all whitespace removed. */
function withoutWhitespace(text: string): string {
  return text.replace(/\s+/gu, "");
}

function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/gu)?.length ?? 0;
}

describe("[SCORECARD] PDF", () => {
  const pdfs: Partial<Record<"ja" | "en" | "ja-long" | "ja-empty", Buffer>> = {};

  beforeAll(async () => {
    pdfs.ja = await renderScorecardPdf(JA_VIEW);
    pdfs.en = await renderScorecardPdf(EN_VIEW);
    pdfs["ja-long"] = await renderScorecardPdf(JA_LONG_VIEW);
    pdfs["ja-empty"] = await renderScorecardPdf(JA_EMPTY_VIEW);
    const keepIn = process.env.SCORECARD_PDF_DIR;
    if (keepIn) for (const [locale, pdf] of Object.entries(pdfs)) writeFileSync(path.join(keepIn, `scorecard-${locale}.pdf`), pdf);
  }, 20_000);

  it.each(["ja", "en", "ja-empty"] as const)("renders the %s scorecard as one PDF page", (name) => {
    const pdf = pdfs[name]!;
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pageCount(pdf)).toBe(1);
  });

  it("registers the Japanese fonts and line breaking with react-pdf", () => {
    expect(Font.getRegisteredFontFamilies()).toContain("NotoSansJP");
    expect(Font.getHyphenationCallback()).toBe(hyphenateForPdf);
  });

  it("lets very long Japanese texts run onto a second page, not further", () => {
    expect(pageCount(pdfs["ja-long"]!)).toBe(2);
  });

  it.each(["ja", "en", "ja-long"] as const)("embeds Noto Sans JP as the only font of the %s scorecard", (name) => {
    const bytes = pdfs[name]!.toString("latin1");
    expect(bytes).toContain("/FontFile2");
    const fonts = new Set(Array.from(bytes.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/gu), (match) => match[1]?.replace(/^[A-Z]{6}\+/u, "")));
    expect([...fonts].sort()).toEqual(["NotoSansJP-Bold", "NotoSansJP-Regular"]);
    // A subset prefix (ABCDEF+) on every font name means every font is embedded.
    expect(bytes.match(/\/BaseFont\s*\/(?![A-Z]{6}\+)/gu)).toBeNull();
  });

  it.skipIf(!HAS_PDFTOTEXT)("puts the Japanese domain names, grade, score and risk in extractable text", () => {
    const text = withoutWhitespace(extractText(pdfs.ja!));
    const { labels } = JA_VIEW;
    // Caption before figure, footer before page number: the drawing order of the blocks.
    for (const expected of ["研究・事業のファイアウォール", "輸出管理と取引審査", `${labels.grade}C`, `${labels.score}58/100`, JA_RISK, "未回答", `${labels.footer}1/1`]) {
      expect(text).toContain(withoutWhitespace(expected));
    }
  });

  it.skipIf(!HAS_PDFTOTEXT)("wraps long Japanese lines between characters, without hyphens and without kinsoku breaks", () => {
    const text = extractText(pdfs["ja-long"]!);
    const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
    expect(withoutWhitespace(text)).toContain(withoutWhitespace(JA_LONG_VIEW.risks[0]!.risk));
    expect(lines.filter((line) => /^[。、）」』】〉》ー・！？]/u.test(line))).toEqual([]);
    expect(lines.filter((line) => /[（「『【〈《-]$/u.test(line))).toEqual([]);
    expect(text).not.toContain("\u00ad");
  });

  it.skipIf(!HAS_PDFTOTEXT)("says there is no score yet rather than showing one", () => {
    const text = withoutWhitespace(extractText(pdfs["ja-empty"]!));
    expect(text).toContain(`${JA_VIEW.labels.score}${JA_VIEW.labels.noScore}`);
    expect(text).not.toContain("/100");
  });

  it.skipIf(!HAS_PDFTOTEXT)("puts the English texts in extractable text, without hyphenating words", () => {
    const text = extractText(pdfs.en!);
    const words = text.replace(/\s+/gu, " ");
    for (const expected of ["Research firewalls", "Export control and screening", EN_RISK, "Behind target", "Not answered"]) expect(words).toContain(expected);
    expect(withoutWhitespace(text)).toContain("GradeCScore58/100");
    expect(text).not.toMatch(/[a-z]-\n/u);
  });
});
