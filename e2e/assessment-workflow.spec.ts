import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_COMPANY_ID, signIn } from "./helpers";

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("[ASSESSMENTS] an assessor starts an assessment and assigns a domain; a contributor answers it with evidence, offline and back; the assessor approves and it locks", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The assessor starts a corporate assessment and answers the profile.
  await signIn(page, "assessor@hikari.example.jp");
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}/assessments`);
  await page.getByRole("link", { name: "New assessment" }).click();
  const title = `FY2026 assessment ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Start assessment" }).click();
  await expect(page.getByRole("heading", { name: "Organization profile" })).toBeVisible();
  const noAnswers = page.getByRole("radio", { name: "No" });
  for (let index = 0; index < (await noAnswers.count()); index++) await noAnswers.nth(index).check();
  await expectNoViolations(page);
  await page.getByRole("button", { name: /Save profile/ }).click();

  // … and gives the first domain to a contributor.
  const assignee = page.getByRole("combobox", { name: /^Who answers 1\./ });
  await assignee.selectOption({ label: "田中 亮" });
  await expect(assignee).toHaveValue(/.+/);
  await expect(page.getByRole("row").filter({ has: assignee }).locator('[data-save-state="saved"]')).toBeVisible();
  const assessmentUrl = page.url();
  await expectNoViolations(page);

  // The contributor finds it in their work list and answers in another browser.
  const contributorContext = await browser.newContext({ locale: "en-US" });
  const contributor = await contributorContext.newPage();
  await signIn(contributor, "contributor@hikari.example.jp");
  await contributor.getByRole("link", { name: "My work" }).click();
  await contributor.getByRole("link", { name: new RegExp(title) }).click();
  const questions = contributor.locator("[data-question]");
  await expect(questions.first()).toBeVisible();
  await questions.nth(0).getByRole("radio").nth(2).check();
  await expect(questions.nth(0).locator('[data-save-state="saved"]')).toBeVisible();
  await expectNoViolations(contributor);

  // Evidence: a PDF.
  await questions.nth(0).getByLabel(/^File/).setInputFiles({ name: "export-control-policy.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n") });
  await questions.nth(0).getByRole("button", { name: "Upload" }).click();
  await expect(questions.nth(0).getByRole("link", { name: "export-control-policy.pdf" })).toBeVisible();

  // Keyboard: Alt+↓ moves to the next question, a number key picks its level.
  await questions.nth(0).focus();
  await contributor.keyboard.press("Alt+ArrowDown");
  await expect(questions.nth(1)).toBeFocused();
  await contributor.keyboard.press("1");
  await expect(questions.nth(1).getByRole("radio").nth(1)).toBeChecked();
  await expect(questions.nth(1).locator('[data-save-state="saved"]')).toBeVisible();

  // The network drops: answering goes on, and nothing is lost when it returns.
  await contributorContext.setOffline(true);
  await questions.nth(1).getByRole("radio").nth(2).check();
  await expect(questions.nth(1).locator('[data-save-state="offline"]')).toBeVisible();
  await contributorContext.setOffline(false);
  await expect(questions.nth(1).locator('[data-save-state="saved"]')).toBeVisible({ timeout: 20_000 });
  await contributor.reload();
  await expect(questions.nth(0).getByRole("radio").nth(2)).toBeChecked();
  await expect(questions.nth(1).getByRole("radio").nth(2)).toBeChecked();
  await contributorContext.close();

  // The assessor submits and approves: the assessment is locked.
  await page.goto(assessmentUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByRole("button", { name: "Approve and lock" }).click();
  await expect(page.getByText("Approved and locked.")).toBeVisible();
  await page.getByRole("link", { name: /^1\./ }).click();
  await expect(page.getByText("This assessment is not open for answers.")).toBeVisible();
  await expect(page.locator("[data-question]").first().getByRole("radio").first()).toBeDisabled();
});
