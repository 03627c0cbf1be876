// Shared steps of the end-to-end journeys.
import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

export const DEMO_PASSWORD = "Mamori-Demo-2026";
export const DEMO_COMPANY_ID = "demo0company00000000000001";
export const DEMO_UNIVERSITY_ID = "demo0university00000000001";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, locale: "ja" | "en" = "en") {
  await page.goto(`/${locale}/sign-in`);
  await page.getByLabel(locale === "en" ? "Email address" : "メールアドレス").fill(email);
  await page.getByLabel(locale === "en" ? "Password" : "パスワード").fill(password);
  await page.getByRole("button", { name: locale === "en" ? "Sign in" : "サインイン", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/orgs$`));
}

/** Starts an assessment from the organization's list page and answers every profile question. */
export async function startAssessment(page: Page, { organizationId, title, locale = "en", profileAnswer = "no" }: { organizationId: string; title: string; locale?: "ja" | "en"; profileAnswer?: "yes" | "no" }) {
  const text = locale === "en" ? { new: "New assessment", title: "Title", start: "Start assessment", profile: "Organization profile", yes: "Yes", no: "No", save: /Save profile/ } : { new: "評価を開始", title: "名称", start: "評価を開始", profile: "組織プロファイル", yes: "はい", no: "いいえ", save: /プロファイルを保存/ };
  await page.goto(`/${locale}/orgs/${organizationId}/assessments`);
  await page.getByRole("link", { name: text.new }).click();
  await page.getByLabel(text.title, { exact: true }).fill(title);
  await page.getByRole("button", { name: text.start }).click();
  await expect(page.getByRole("heading", { name: text.profile })).toBeVisible();
  const answers = page.getByRole("radio", { name: profileAnswer === "yes" ? text.yes : text.no, exact: true });
  for (let index = 0; index < (await answers.count()); index++) await answers.nth(index).check();
  await page.getByRole("button", { name: text.save }).click();
  await expect(page.getByRole("table")).toBeVisible();
  return page.url();
}
