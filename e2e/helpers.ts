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
