import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, makeUser, signIn, test, testDb } from "../fixtures";

async function logIn(page: Page, identifier: string, password: string) {
  await page.getByLabel("Email atau nomor HP").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

function sessionCount(userId: number): number {
  return testDb().prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(userId) as number;
}

test("an owner logs in with their email and reaches their home", async ({ page, owner }) => {
  await page.goto("/login");
  await expectNoAxeViolations(page);
  await logIn(page, owner.email.toUpperCase(), owner.password);
  await expect(page).toHaveURL(/\/owner$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar tugas usaha Anda");
  await expect(page.getByText(`Selamat datang, ${owner.fullName}`)).toBeVisible();
  expect(sessionCount(owner.id)).toBe(1);
});

test("an owner logs in with their mobile number typed as 08…", async ({ page, owner }) => {
  await page.goto("/login");
  await logIn(page, owner.localPhone!.replace(/^(\d{4})(\d{4})/, "$1 $2 "), owner.password);
  await expect(page).toHaveURL(/\/owner$/);
});

test("a mentor and an administrator land on homes of their own", async ({ page, mentor, admin, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await page.goto("/login");
  await logIn(page, mentor.email, mentor.password);
  await expect(page).toHaveURL(/\/mentor$/);
  await expect(page.getByRole("heading", { level: 1, name: `Selamat datang, ${mentor.fullName}` })).toBeVisible();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/login");
  await logIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Akun terdaftar" })).toBeVisible();
  await expect(page.getByText("38 provinsi dan 514 kabupaten/kota", { exact: false })).toBeVisible();
});

test("a wrong password and an unknown account get the same generic message", async ({
  page,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await page.goto("/login");
  await logIn(page, owner.email, "salah-sekali-ini");
  await expect(page.getByRole("alert")).toHaveText("Email/nomor HP atau kata sandi salah.");
  await expect(page.getByLabel("Email atau nomor HP")).toHaveValue(owner.email);
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  await expectNoAxeViolations(page);

  await logIn(page, "tidak-ada@e2e.test", "apa saja kata sandinya");
  await expect(page.getByRole("alert")).toHaveText("Email/nomor HP atau kata sandi salah.");
  expect(sessionCount(owner.id)).toBe(0);
  const failures = testDb()
    .prepare("SELECT count(*) FROM audit_log WHERE action = 'auth.login_failed' AND actor_user_id = ?")
    .pluck()
    .get(owner.id);
  expect(failures).toBe(1);
});

test("after five failed attempts the account is throttled, even with the right password", async ({
  page,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await logIn(page, owner.email, `salah-${i}-kata-sandi`);
    await expect(page.getByRole("alert")).toHaveText("Email/nomor HP atau kata sandi salah.");
  }
  await logIn(page, owner.email, owner.password);
  await expect(page.getByRole("alert")).toContainText("Terlalu banyak percobaan masuk yang gagal");
  await expect(page).toHaveURL(/\/login/);
  expect(sessionCount(owner.id)).toBe(0);
});

test("logging out ends the session and the home asks for a login again", async ({ page, owner }) => {
  await page.goto("/login");
  await logIn(page, owner.email, owner.password);
  await expect(page).toHaveURL(/\/owner$/);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  expect(sessionCount(owner.id)).toBe(0);
  await page.goto("/owner");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fowner$/);
});

test("an anonymous visitor is sent to log in and comes back to the page afterwards", async ({
  page,
  admin,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fadmin$/);
  await expect(page.getByText("Silakan masuk dulu untuk membuka halaman itu.")).toBeVisible();
  await logIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/admin$/);
});

test("an outside address in redirectTo is ignored", async ({ page, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  await page.goto("/login?redirectTo=https%3A%2F%2Fevil.example%2Fphish");
  await logIn(page, owner.email, owner.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/owner$/);
});

test("a signed-in user who opens the login page goes to their home", async ({
  page,
  context,
  mentor,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  await signIn(context, mentor);
  await page.goto("/login");
  await expect(page).toHaveURL(/\/mentor$/);
});

test("login validation: empty fields are marked", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByLabel("Email atau nomor HP")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
});
