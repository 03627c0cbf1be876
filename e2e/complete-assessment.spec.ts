// A whole assessment with a colleague, as each audience runs it: profile, a domain assigned
// with a due date, every applicable question answered, review, lock.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_COMPANY_ID, DEMO_PASSWORD, DEMO_UNIVERSITY_ID, signIn, startAssessment } from "./helpers";

const TEXT = {
  ja: {
    assignee: /^4\. .+ の回答担当$/,
    dueDate: /^4\. .+ の回答期限$/,
    myWork: "自分の作業",
    due: (date: string) => `期限 ${date}`,
    keyboardHint: "キーボード操作：0〜4 でレベルを選択",
    notApplicable: "該当なし",
    justificationRequired: "該当しない理由を記入してください。",
    justification: "該当しない理由",
    progress: "進捗",
    submit: "レビューに提出",
    approve: "承認してロック",
    locked: "承認済みのためロックされています。",
    notOpen: "この評価は現在回答を受け付けていません。",
  },
  en: {
    assignee: /^Who answers 4\. /,
    dueDate: /^Due date for 4\. /,
    myWork: "My work",
    due: (date: string) => `Due ${date}`,
    keyboardHint: "Keyboard: 0–4 choose a level",
    notApplicable: "Not applicable",
    justificationRequired: "Explain why this does not apply.",
    justification: "Why it does not apply",
    progress: "Progress",
    submit: "Submit for review",
    approve: "Approve and lock",
    locked: "Approved and locked.",
    notOpen: "This assessment is not open for answers.",
  },
};

const RUNS = [
  {
    name: "a university research office runs a complete assessment in Japanese with a colleague, from profile to lock",
    locale: "ja" as const,
    organizationId: DEMO_UNIVERSITY_ID,
    assessor: "assessor@toto-tech.example.jp",
    colleague: { email: "contributor@toto-tech.example.jp", name: "加藤 翔" },
    title: `令和8年度 研究セキュリティ自己点検 ${Date.now()}`,
    profileAnswer: "yes" as const,
    justification: "本学には該当する海外拠点がないため。",
  },
  {
    name: "a company's security lead runs a complete assessment in English with a colleague, from profile to lock",
    locale: "en" as const,
    organizationId: DEMO_COMPANY_ID,
    assessor: "assessor@hikari.example.jp",
    colleague: { email: "contributor@hikari.example.jp", name: "田中 亮" },
    title: `FY2026 economic-security assessment ${Date.now()}`,
    profileAnswer: "no" as const,
    justification: "We have no group companies.",
  },
];

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

async function openDomain(page: Page, assessmentUrl: string, number: number) {
  await page.goto(assessmentUrl);
  await page.getByRole("link", { name: new RegExp(`^${number}\\. `) }).click();
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${number}\\. `) })).toBeVisible();
}

for (const run of RUNS) {
  test(`[ASSESSMENTS] ${run.name}`, async ({ page, browser }) => {
    test.setTimeout(300_000);
    const text = TEXT[run.locale];
    await signIn(page, run.assessor, DEMO_PASSWORD, run.locale);
    const assessmentUrl = await startAssessment(page, { organizationId: run.organizationId, title: run.title, locale: run.locale, profileAnswer: run.profileAnswer });

    // Domain 4 goes to a colleague with a due date two weeks away.
    const due = new Date(Date.now() + 14 * 86_400_000);
    const dueValue = due.toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" });
    await page.getByRole("combobox", { name: text.assignee }).selectOption({ label: run.colleague.name });
    const dueInput = page.getByLabel(text.dueDate);
    await expect(dueInput).toBeEnabled();
    await dueInput.fill(dueValue);
    const dueSaved = page.waitForResponse((response) => response.request().headers()["next-action"] !== undefined && (response.request().postData() ?? "").includes(dueValue));
    await dueInput.blur();
    expect((await dueSaved).ok()).toBe(true);
    await page.reload();
    await expect(page.getByLabel(text.dueDate)).toHaveValue(dueValue);

    // The colleague finds it in their work list with its due date and answers it from the keyboard.
    const colleagueContext = await browser.newContext({ locale: run.locale === "ja" ? "ja-JP" : "en-US" });
    const colleague = await colleagueContext.newPage();
    await signIn(colleague, run.colleague.email, DEMO_PASSWORD, run.locale);
    await colleague.getByRole("link", { name: text.myWork }).click();
    const work = colleague.getByRole("link", { name: new RegExp(run.title) });
    await expect(work).toContainText(text.due(new Intl.DateTimeFormat(run.locale, { dateStyle: "medium", timeZone: "Asia/Tokyo" }).format(due)));
    await work.click();
    await expect(colleague.getByRole("heading", { level: 2, name: /^4\. / })).toBeVisible();
    await expect(colleague.getByText(text.keyboardHint)).toBeVisible();
    expect(await answerDomain(colleague, { withKeyboard: true })).toBeGreaterThan(0);
    await colleagueContext.close();

    // The assessor answers the other nine domains; one question is "not applicable", with a reason.
    let notApplicableDone = false;
    for (let domain = 1; domain <= 10; domain++) {
      if (domain === 4) continue;
      await openDomain(page, assessmentUrl, domain);
      await answerDomain(page);
      const withNotApplicable = page.locator("[data-question]").filter({ has: page.getByRole("checkbox", { name: text.notApplicable }) });
      if (notApplicableDone || (await withNotApplicable.count()) === 0) continue;
      const question = page.locator(`[data-question="${await withNotApplicable.first().getAttribute("data-question")}"]`);
      await question.getByRole("checkbox", { name: text.notApplicable }).check();
      await expect(question.getByText(text.justificationRequired)).toBeVisible();
      const saved = page.waitForResponse((response) => response.url().endsWith("/answers") && response.request().postDataJSON()?.answer?.notApplicable === true);
      await question.getByLabel(text.justification).fill(run.justification);
      expect(await (await saved).json()).toMatchObject({ status: "saved" });
      await page.reload();
      await expect(question.getByRole("checkbox", { name: text.notApplicable })).toBeChecked();
      await expect(question.getByLabel(text.justification)).toHaveValue(run.justification);
      notApplicableDone = true;
    }
    expect(notApplicableDone).toBe(true);

    // Every applicable question is answered; the assessor submits and approves, and it locks.
    await page.goto(assessmentUrl);
    const progress = page.getByRole("progressbar", { name: text.progress });
    const applicable = await progress.getAttribute("aria-valuemax");
    expect(Number(applicable)).toBeGreaterThan(40);
    await expect(progress).toHaveAttribute("aria-valuenow", applicable!);
    await page.getByRole("button", { name: text.submit }).click();
    await page.getByRole("button", { name: text.approve }).click();
    await expect(page.getByText(text.locked)).toBeVisible();
    await page.getByRole("link", { name: /^4\. / }).click();
    await expect(page.getByText(text.notOpen)).toBeVisible();
    await expect(page.locator("[data-question]").first().getByRole("radio").first()).toBeDisabled();
  });
}
