import { expect, test } from "@playwright/test";
import { DEMO_COMPANY_ID, signIn, startAssessment } from "./helpers";

test("[ANSWERS] two people answering the same question never overwrite each other: the later save shows both answers and its author chooses", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, "assessor@hikari.example.jp");
  await startAssessment(page, { organizationId: DEMO_COMPANY_ID, title: `Conflict ${Date.now()}` });
  await page.getByRole("link", { name: /^1\./ }).click();
  await expect(page).toHaveURL(/\/domains\/governance$/);
  const domainUrl = page.url();

  // The owner opens the same domain in another browser before the assessor saves anything.
  const ownerContext = await browser.newContext({ locale: "en-US" });
  const owner = await ownerContext.newPage();
  await signIn(owner, "owner@hikari.example.jp");
  await owner.goto(domainUrl);

  const assessorQuestion = page.locator("[data-question]").first();
  const ownerQuestion = owner.locator("[data-question]").first();
  await assessorQuestion.getByRole("radio").nth(2).check();
  await expect(assessorQuestion.locator('[data-save-state="saved"]')).toBeVisible();

  // The owner's page still shows no answer; their save is refused as a conflict showing both.
  await ownerQuestion.getByRole("radio").nth(3).check();
  await expect(ownerQuestion.locator('[data-save-state="conflict"]')).toBeVisible();
  const ownerAlert = ownerQuestion.getByRole("alert");
  await expect(ownerAlert).toContainText("高橋 美咲 saved this question while you were editing it.");
  await expect(ownerAlert).toContainText(/Your answer: 3 — /);
  await expect(ownerAlert).toContainText(/Their answer: 2 — /);
  await ownerAlert.getByRole("button", { name: "Keep mine" }).click();
  await expect(ownerQuestion.locator('[data-save-state="saved"]')).toBeVisible();

  // Now the assessor's page is behind: their next change conflicts, and they take the owner's.
  await assessorQuestion.getByRole("radio").nth(1).check();
  const assessorAlert = assessorQuestion.getByRole("alert");
  await expect(assessorAlert).toContainText("佐藤 健一 saved this question while you were editing it.");
  await expect(assessorAlert).toContainText(/Their answer: 3 — /);
  await assessorAlert.getByRole("button", { name: "Use theirs" }).click();
  await expect(assessorQuestion.getByRole("radio").nth(3)).toBeChecked();
  await expect(assessorAlert).toBeHidden();

  // Both browsers, reloaded, show the one answer that was kept.
  await page.reload();
  await owner.reload();
  await expect(page.locator("[data-question]").first().getByRole("radio").nth(3)).toBeChecked();
  await expect(owner.locator("[data-question]").first().getByRole("radio").nth(3)).toBeChecked();
  await ownerContext.close();
});
