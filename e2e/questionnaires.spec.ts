import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("[QUESTIONNAIRES] both questionnaires are loaded and can be browsed in Japanese and English", async ({ page }) => {
  await signIn(page, "assessor@hikari.example.jp", undefined, "ja");
  await page.getByRole("link", { name: "設問集" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "設問集" })).toBeVisible();
  await expect(page.getByRole("link", { name: "企業向け 経済安全保障セルフアセスメント" })).toBeVisible();
  await expect(page.getByRole("link", { name: "大学・研究機関向け 経済安全保障セルフアセスメント" })).toBeVisible();

  await page.getByRole("link", { name: "企業向け 経済安全保障セルフアセスメント" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "1. ガバナンス" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "10. 意識向上と教育" })).toBeVisible();
  const firstQuestion = page.locator("#governance details").first();
  await firstQuestion.locator("summary").click();
  await expect(firstQuestion.getByText("望ましい状態")).toBeVisible();
  await expect(firstQuestion.getByText("次の一手")).toBeVisible();

  await page.getByLabel("表示言語").selectOption("en");
  await expect(page.getByRole("heading", { level: 2, name: "1. Governance" })).toBeVisible();
  await page.locator("#governance details").first().locator("summary").click();
  await expect(page.locator("#governance details").first().getByText("What good looks like")).toBeVisible();
});

test("[QUESTIONNAIRES] an unknown questionnaire is not found", async ({ page }) => {
  await signIn(page, "assessor@hikari.example.jp");
  const response = await page.goto("/en/questionnaires/government");
  expect(response?.status()).toBe(404);
});
