import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_COMPANY_ID, signIn } from "./helpers";

async function expectNoViolations(page: import("@playwright/test").Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("[A11Y] public pages pass axe in both languages", async ({ page }) => {
  for (const path of ["/ja", "/en", "/ja/sign-in", "/en/sign-up", "/en/sign-in?ended=1"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});

test("[A11Y] organization pages pass axe and work from the keyboard", async ({ page }) => {
  await signIn(page, "owner@hikari.example.jp");
  for (const suffix of ["", "/members", "/settings", "/audit"]) {
    await page.goto(`/en/orgs/${DEMO_COMPANY_ID}${suffix}`);
    await expectNoViolations(page);
  }
  for (const path of ["/en/account", "/ja/account"]) {
    await page.goto(path);
    await expectNoViolations(page);
  }
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
});
