import { expect, test } from "@playwright/test";
import { DEMO_COMPANY_ID, DEMO_UNIVERSITY_ID, signIn } from "./helpers";

test("[AUTHZ] a member of the university cannot open any page or export of the company, exactly as if it did not exist", async ({ page }) => {
  await signIn(page, "owner@toto-tech.example.jp");
  for (const suffix of ["", "/members", "/settings", "/audit"]) {
    for (const orgId of [DEMO_COMPANY_ID, "doesnotexist0000000000000"]) {
      const response = await page.goto(`/en/orgs/${orgId}${suffix}`);
      expect(response?.status(), `${orgId}${suffix}`).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  }
  const exportAttempt = await page.request.get(`/api/orgs/${DEMO_COMPANY_ID}/audit-log`);
  expect(exportAttempt.status()).toBe(404);
  expect(await exportAttempt.text()).not.toContain("ひかり");

  const ownExport = await page.request.get(`/api/orgs/${DEMO_UNIVERSITY_ID}/audit-log`);
  expect(ownExport.status()).toBe(200);
  expect(ownExport.headers()["content-type"]).toContain("text/csv");
});

test("[AUTHZ] a signed-out visitor is sent to sign in and gets no export", async ({ page }) => {
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}/members`);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  expect((await page.request.get(`/api/orgs/${DEMO_COMPANY_ID}/audit-log`)).status()).toBe(401);
});

test("[ROLES] a VIEWER reads members but cannot invite, change roles, edit settings or read the audit log", async ({ page }) => {
  await signIn(page, "viewer@hikari.example.jp");
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}/members`);
  await expect(page.getByRole("cell", { name: "owner@hikari.example.jp" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /Role of/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await page.goto(`/en/orgs/${DEMO_COMPANY_ID}/settings`);
  await expect(page.getByText("Your role does not allow this.")).toBeVisible();
  expect((await page.request.get(`/api/orgs/${DEMO_COMPANY_ID}/audit-log`)).status()).toBe(403);
});

test("[ORGANIZATIONS] a user in two organizations switches between them", async ({ page }) => {
  await signIn(page, "adviser@example.jp");
  await expect(page.getByRole("link", { name: /ひかり先端半導体/ })).toBeVisible();
  await page.getByRole("link", { name: /東都工業大学/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "東都工業大学（デモ）" })).toBeVisible();
  await page.getByRole("button", { name: /東都工業大学/ }).click();
  await page.getByRole("menuitem", { name: /ひかり先端半導体/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ひかり先端半導体株式会社（デモ）" })).toBeVisible();
  await expect(page.getByText("Assessor").first()).toBeVisible();
});
