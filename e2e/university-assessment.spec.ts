import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_UNIVERSITY_ID, signIn, startAssessment } from "./helpers";

/** Answers every open question of the domain page, choosing levels by position; returns how many. */
async function answerDomain(page: Page, { withKeyboard = false } = {}) {
  const questions = page.locator("[data-question]");
  const count = await questions.count();
  for (let index = 0; index < count; index++) {
    const question = questions.nth(index);
    const levels = await question.getByRole("radio").count();
    const level = (index + 1) % levels;
    if (withKeyboard) {
      await question.focus();
      await page.keyboard.press(String(level));
    } else {
      await question.getByRole("radio").nth(level).check();
    }
    await expect(question.getByRole("radio").nth(level)).toBeChecked();
  }
  // The page's queue sends edits one after another: wait until every question says saved.
  for (let index = 0; index < count; index++) await expect(questions.nth(index).locator('[data-save-state="saved"]')).toBeVisible({ timeout: 20_000 });
  return count;
}

test("[ASSESSMENTS] a university research office runs a complete assessment in Japanese with a colleague, from profile to lock", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const title = `令和8年度 研究セキュリティ自己点検 ${Date.now()}`;
  await signIn(page, "assessor@toto-tech.example.jp", DEMO_PASSWORD, "ja");
  const assessmentUrl = await startAssessment(page, { organizationId: DEMO_UNIVERSITY_ID, title, locale: "ja", profileAnswer: "yes" });

  // Domain 4 goes to a colleague with a due date two weeks away.
  const due = new Date(Date.now() + 14 * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
  await page.getByRole("combobox", { name: /^4\. .+ の回答担当$/ }).selectOption({ label: "加藤 翔" });
  const dueInput = page.getByLabel(/^4\. .+ の回答期限$/);
  await expect(dueInput).toBeEnabled();
  await dueInput.fill(due);
  await dueInput.blur();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByLabel(/^4\. .+ の回答期限$/)).toHaveValue(due);

  // The colleague finds it under 自分の作業 with its due date and answers it from the keyboard.
  const colleagueContext = await browser.newContext({ locale: "ja-JP" });
  const colleague = await colleagueContext.newPage();
  await signIn(colleague, "contributor@toto-tech.example.jp", DEMO_PASSWORD, "ja");
  await colleague.getByRole("link", { name: "自分の作業" }).click();
  const work = colleague.getByRole("link", { name: new RegExp(title) });
  await expect(work).toContainText(`期限 ${due.replaceAll("-", "/")}`);
  await work.click();
  await expect(colleague.getByRole("heading", { level: 2, name: /^4\. / })).toBeVisible();
  await expect(colleague.getByText("キーボード操作：0〜4 でレベルを選択")).toBeVisible();
  const colleagueAnswered = await answerDomain(colleague, { withKeyboard: true });
  expect(colleagueAnswered).toBeGreaterThan(0);
  await colleagueContext.close();

  // The assessor answers the other nine domains; one question is "not applicable" with a reason.
  let notApplicableDone = false;
  for (let domain = 1; domain <= 10; domain++) {
    if (domain === 4) continue;
    await page.goto(assessmentUrl);
    await page.getByRole("link", { name: new RegExp(`^${domain}\\. `) }).click();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${domain}\\. `) })).toBeVisible();
    await answerDomain(page);
    const withNotApplicable = page.locator("[data-question]").filter({ has: page.getByRole("checkbox", { name: "該当なし" }) });
    if (!notApplicableDone && (await withNotApplicable.count()) > 0) {
      const question = page.locator(`[data-question="${await withNotApplicable.first().getAttribute("data-question")}"]`);
      await question.getByRole("checkbox", { name: "該当なし" }).check();
      await expect(question.getByText("該当しない理由を記入してください。")).toBeVisible();
      const saved = page.waitForResponse((response) => response.url().endsWith("/answers") && response.request().postDataJSON()?.answer?.notApplicable === true);
      await question.getByLabel("該当しない理由").fill("本学には該当する海外拠点がないため。");
      expect(await (await saved).json()).toMatchObject({ status: "saved" });
      await expect(question.locator('[data-save-state="saved"]')).toBeVisible();
      await page.reload();
      await expect(question.getByRole("checkbox", { name: "該当なし" })).toBeChecked();
      await expect(question.getByLabel("該当しない理由")).toHaveValue("本学には該当する海外拠点がないため。");
      notApplicableDone = true;
    }
  }
  expect(notApplicableDone).toBe(true);

  // Every applicable question is answered; the assessor submits and approves, and it locks.
  await page.goto(assessmentUrl);
  const progress = page.getByRole("progressbar", { name: "進捗" });
  const applicable = await progress.getAttribute("aria-valuemax");
  expect(Number(applicable)).toBeGreaterThan(60);
  await expect(progress).toHaveAttribute("aria-valuenow", applicable!);
  await page.getByRole("button", { name: "レビューに提出" }).click();
  await page.getByRole("button", { name: "承認してロック" }).click();
  await expect(page.getByText("承認済みのためロックされています。")).toBeVisible();
  await page.getByRole("link", { name: /^4\. / }).click();
  await expect(page.getByText("この評価は現在回答を受け付けていません。")).toBeVisible();
  await expect(page.locator("[data-question]").first().getByRole("radio").first()).toBeDisabled();
});
