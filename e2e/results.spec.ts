// Results of a completed assessment, worked out by hand from its seeded answers
// (prisma/seed/e2e-fixtures.ts): every question at its top level, except research firewalls
// (all 0) and export control (all half-way). The profile — joint research with US and Chinese
// partners, listed technology — gives these targets and risk factors (lib/scoring/target-profile.ts):
//   research firewalls 4 and 1.75 · export control 4 and 1.5 · sensitive technology 4 and 1.5 ·
//   people and clearance 3 and 1.25 · operating in or with China 3 and 1.25 · the rest 3 and 1.
// Domain scores: 100 everywhere, research firewalls 0, export control 50.
// Overall = Σ(risk × score) / Σ risk = (9 × 100 + 1.5 × 50 + 1.75 × 0) / 12.25 = 79.59 → shown 79, grade B.
// Top gap: a weight-3 research-firewall question at level 0 against target 4: 4 × 3 × 1.75 = 21.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { E2E_SCORED_TITLE } from "../prisma/seed/e2e-fixtures";
import { DEMO_COMPANY_ID, DEMO_PASSWORD, signIn } from "./helpers";

async function openAssessment(page: Page, locale: "ja" | "en") {
  await page.goto(`/${locale}/orgs/${DEMO_COMPANY_ID}/assessments`);
  await page.getByRole("link", { name: E2E_SCORED_TITLE }).click();
  await expect(page.getByRole("heading", { level: 2, name: E2E_SCORED_TITLE })).toBeVisible();
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("[RESULTS] the dashboard shows the hand-computed scores and explains them; the plan starts with the top gap", async ({ page }) => {
  await signIn(page, "assessor@hikari.example.jp");
  await openAssessment(page, "en");
  await page.getByRole("link", { name: "Dashboard" }).click();

  await expect(page.getByTestId("overall-score")).toHaveText("79");
  await expect(page.getByText("Grade B", { exact: true })).toBeVisible();
  await expect(page.getByTestId("domain-score-governance")).toHaveText("100");
  await expect(page.getByTestId("domain-score-sensitive-technology")).toHaveText("100");
  await expect(page.getByTestId("domain-score-research-firewalls")).toHaveText("0");
  await expect(page.getByTestId("domain-score-export-control")).toHaveText("50");
  const firewalls = page.locator('tr[data-domain="research-firewalls"]');
  await expect(firewalls).toContainText("level 4 (100)");
  await expect(firewalls).toContainText("Below target");

  // Clicking a score shows how it was computed.
  await page.getByTestId("domain-score-export-control").click();
  const explanation = page.locator("#explanation");
  await expect(explanation.getByRole("heading", { name: "How 6. Export control and screening is scored" })).toBeVisible();
  await expect(explanation.getByText(/× 100 = 50$/)).toBeVisible();
  await expect(explanation.getByText("The profile raises this domain's exposure: the organization handles listed technology.", { exact: false })).toBeVisible();
  // Approved and locked: its targets can no longer be adjusted.
  await expect(explanation.getByLabel("Target level for 6. Export control and screening")).toHaveCount(0);
  await page.getByTestId("overall-score").click();
  await expect(page.getByText(/= 975 ÷ 12\.25 = 79\.59/)).toBeVisible();

  // The ten highest-priority gaps start with research firewalls, priority 21.
  const topGap = page.locator("[data-gap]").first();
  await expect(topGap).toContainText("1. Research firewalls");
  await expect(topGap).toContainText("Priority 21 = 4 × 3 × 1.75");
  await expectNoViolations(page);

  // What if the top gap were closed: research firewalls rises, and so does the overall score.
  await page.getByRole("checkbox", { name: /^1\. Research firewalls/ }).check();
  await expect(page.getByTestId("what-if-result")).toContainText(/Projected overall score (8\d|9\d)/);

  await page.getByRole("link", { name: "Remediation plan" }).click();
  const firstAction = page.locator("[data-action]").first();
  await expect(firstAction.getByRole("heading", { level: 3 })).toHaveText(/^1\. Research firewalls/);
  await expect(firstAction).toContainText("Priority 21 = 4 × 3 × 1.75");
  await expectNoViolations(page);
});

test("[RESULTS] an executive (VIEWER) reads the scorecard, can change nothing, and downloads a PDF and a workbook with the same figures", async ({ page }) => {
  await signIn(page, "viewer@hikari.example.jp", DEMO_PASSWORD, "ja");
  await openAssessment(page, "ja");
  await page.getByRole("link", { name: "スコアカード" }).click();
  await expect(page.getByTestId("scorecard-grade")).toHaveText("B");
  await expect(page.getByTestId("scorecard-score")).toHaveText("79");
  const firewallsRow = page.getByRole("row", { name: /研究・事業のファイアウォール/ });
  await expect(firewallsRow).toContainText("目標未達");
  await expect(page.getByRole("listitem").filter({ hasText: "米国パートナーとの案件で得た技術" })).toBeVisible();
  await expectNoViolations(page);

  // Nothing to edit: no target form on the dashboard, every control of the plan disabled.
  await page.getByRole("link", { name: "ダッシュボード" }).click();
  await expect(page.getByTestId("overall-score")).toHaveText("79");
  await expect(page.getByText("目標を調整")).toHaveCount(0);
  await page.getByRole("link", { name: "改善計画" }).click();
  await expect(page.locator("[data-action]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "対策を保存" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "現在のギャップから対策を追加" })).toHaveCount(0);
  await expect(page.locator("[data-action] select:not([disabled]), [data-action] input:not([disabled]), [data-action] textarea:not([disabled])")).toHaveCount(0);

  // Downloads: the scorecard as PDF, the results as Excel.
  await page.getByRole("link", { name: "スコアカード" }).click();
  const folder = mkdtempSync(path.join(tmpdir(), "mamori-downloads-"));
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "スコアカード（PDF）" }).click();
  const pdfPath = path.join(folder, (await pdfDownload).suggestedFilename());
  await (await pdfDownload).saveAs(pdfPath);
  expect(path.basename(pdfPath)).toBe(`${E2E_SCORED_TITLE}-scorecard.pdf`);
  const text = execFileSync("pdftotext", ["-layout", pdfPath, "-"], { encoding: "utf8" });
  expect(text).toContain("経営者向けスコアカード");
  expect(text).toMatch(/研究・事業のファイアウォール\s+●?\s*目標未達\s+0\s+100/);
  expect(text).toMatch(/輸出管理と取引審査\s+●?\s*目標未達\s+50\s+100/);
  expect(text).toMatch(/79\s*\/\s*100/);
  expect(text.replace(/\s+/g, "")).toContain("米国パートナーとの案件で得た技術が");

  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "回答・ギャップ・対策（Excel）" }).click();
  const xlsxPath = path.join(folder, (await xlsxDownload).suggestedFilename());
  await (await xlsxDownload).saveAs(xlsxPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["領域別スコア", "回答", "ギャップ", "改善計画"]);
  const domains = workbook.getWorksheet("領域別スコア")!;
  const scoreOf = (title: string) => domains.getRows(2, 10)!.find((row) => String(row.getCell(1).value).endsWith(title))!.getCell(2).value;
  expect([scoreOf("ガバナンス"), scoreOf("研究・事業のファイアウォール"), scoreOf("輸出管理と取引審査")]).toEqual([100, 0, 50]);
  const gaps = workbook.getWorksheet("ギャップ")!;
  expect(gaps.getRow(2).getCell(2).value).toBe("研究・事業のファイアウォール");
  expect(gaps.getRow(2).getCell(9).value).toBe(21);
});

test("[RESULTS] an assessor adjusts a domain's target of an open assessment, only with a reason, and the explanation says why", async ({ page }) => {
  await signIn(page, "assessor@hikari.example.jp");
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}/assessments`);
  await page.getByRole("link", { name: "2026年度 経済安全保障セルフアセスメント", exact: true }).click();
  await page.getByRole("link", { name: "Dashboard" }).click();
  // The demo company takes no foreign investment or funding: the profile gives this domain level 3.
  await page.getByTestId("domain-score-investment-partnerships").click();
  const explanation = page.locator("#explanation");
  await expect(explanation).toContainText("Target level 3, from the profile.");
  await explanation.getByLabel("Target level for 8. Investment, funding and partnerships").selectOption("4");
  await explanation.getByRole("button", { name: "Save target" }).click();
  await expect(explanation.getByText("Give the reason.")).toBeVisible();
  await explanation.getByLabel("Reason for the change").fill("A foreign fund is in talks to invest");
  await explanation.getByRole("button", { name: "Save target" }).click();
  await expect(explanation).toContainText("Target level 4, set by 高橋 美咲: A foreign fund is in talks to invest (the profile gives 3).");
  await expect(page.locator('tr[data-domain="investment-partnerships"]')).toContainText("level 4 (100)");
});
