import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const FIRST_PASSWORD = "violet tram ledger sunrise";
const NEW_PASSWORD = "amber kettle orbit harbour";

test("[ACCOUNT] a user changes their password and signs out of all devices; the other browser's session ends with it", async ({ page, browser }) => {
  const email = `security-${Date.now()}@example.jp`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Full name").fill("Keiko Mori");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(FIRST_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/en\/orgs$/);

  // A second browser signed in to the same account.
  const other = await browser.newContext({ locale: "en-US" });
  const otherPage = await other.newPage();
  await signIn(otherPage, email, FIRST_PASSWORD);

  // The account page, from the user menu.
  await page.getByRole("button", { name: "Open account menu" }).click();
  await page.getByRole("menuitem", { name: "Account and security" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account and security" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Signed in", exact: true }).first()).toBeVisible();

  // A wrong current password, then a breached new one, then a good change.
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();
  await page.getByLabel("Current password").fill(FIRST_PASSWORD);
  await page.getByLabel("New password").fill("qwerty123456");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/appears in lists of breached passwords/)).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.", { exact: false })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Changed their password" })).toBeVisible();

  // The change ended the other browser's session; this one was signed in again.
  await otherPage.goto("/en/my-work");
  await expect(otherPage).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await page.goto("/en/my-work");
  await expect(page).toHaveURL(/\/en\/my-work$/);

  // The other browser signs in with the new password; then everything is signed out from here.
  await signIn(otherPage, email, NEW_PASSWORD);
  await page.goto("/en/account");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await otherPage.goto("/en/my-work");
  await expect(otherPage).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await other.close();

  // Back in: the account page lists what happened.
  await signIn(page, email, NEW_PASSWORD);
  await page.goto("/en/account");
  await expect(page.getByRole("cell", { name: "Signed out of all devices" })).toBeVisible();
});
