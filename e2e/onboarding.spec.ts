import { expect, test } from "@playwright/test";

test("[ONBOARDING] a new user signs up, creates an organization, invites a colleague who joins from another browser, switches language and signs out", async ({ page, browser }) => {
  const stamp = Date.now();
  const founder = `founder-${stamp}@example.jp`;
  const colleague = `colleague-${stamp}@example.jp`;

  // Sign up (Japanese is the default for a Japanese browser).
  await page.goto("/");
  await expect(page).toHaveURL(/\/ja$/);
  await page.getByRole("link", { name: "アカウントを作成" }).click();
  await page.getByLabel("氏名").fill("鈴木 一郎");
  await page.getByLabel("メールアドレス").fill(founder);
  await page.getByLabel("パスワード").fill("short");
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  await expect(page.getByText("12 文字以上で入力してください。")).toBeVisible();
  // Long enough, but breached: the server's verdict lands on the field.
  await page.getByLabel("パスワード").fill("qwerty123456");
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  await expect(page.getByText("このパスワードは流出パスワードの一覧に含まれており")).toBeVisible();
  await page.getByLabel("パスワード").fill("a-long-enough-password");
  await page.getByRole("button", { name: "アカウントを作成" }).click();
  await expect(page).toHaveURL(/\/ja\/orgs$/);
  await expect(page.getByText("まだどの組織にも所属していません")).toBeVisible();

  // Create an organization.
  await page.getByRole("link", { name: "組織を新規作成" }).first().click();
  await page.getByLabel("組織名").fill(`北辰量子株式会社 ${stamp}`);
  await page.getByLabel("業種・分野").selectOption("QUANTUM");
  await page.getByRole("button", { name: "組織を作成" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `北辰量子株式会社 ${stamp}` })).toBeVisible();
  await expect(page.getByText("オーナー").first()).toBeVisible();

  // Invite a colleague; with no mail server the link is shown.
  await page.getByRole("link", { name: "メンバー", exact: true }).click();
  await page.getByLabel("メールアドレス").fill(colleague);
  await page.getByLabel("権限", { exact: true }).selectOption("ASSESSOR");
  await page.getByRole("button", { name: "招待を送信" }).click();
  const link = await page.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/ja\/invitations\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(colleague)).toBeVisible();

  // The colleague opens the link in another browser, creates an account and joins.
  const other = await browser.newContext({ locale: "en-US" });
  const colleaguePage = await other.newPage();
  await colleaguePage.goto(link.replace("/ja/", "/en/"));
  await expect(colleaguePage.getByText(/has invited you to join/)).toBeVisible();
  await colleaguePage.getByRole("link", { name: "Create an account" }).click();
  await expect(colleaguePage.getByLabel("Email address")).toHaveValue(colleague);
  await colleaguePage.getByLabel("Full name").fill("Hanako Yamada");
  await colleaguePage.getByLabel("Password").fill("another-long-password");
  await colleaguePage.getByRole("button", { name: "Create account" }).click();
  await colleaguePage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(colleaguePage.getByRole("heading", { level: 1, name: `北辰量子株式会社 ${stamp}` })).toBeVisible();
  await expect(colleaguePage.getByText("Assessor").first()).toBeVisible();

  // The link works once.
  await colleaguePage.goto(link.replace("/ja/", "/en/"));
  await expect(colleaguePage.getByText("This invitation has already been used.")).toBeVisible();
  await other.close();

  // The founder sees the new member, switches to English and signs out.
  await page.reload();
  await expect(page.getByRole("cell", { name: colleague })).toBeVisible();
  await page.getByLabel("表示言語").first().selectOption("en");
  await expect(page.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/orgs\/[a-z0-9]+\/members$/);
  await page.getByRole("button", { name: "鈴木 一郎 Open account menu" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await page.goto("/en/orgs");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
});
