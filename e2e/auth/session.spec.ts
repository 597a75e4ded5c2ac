import { E2E_BASE_URL } from "../env";
import { expect, signIn, test, testDb } from "../fixtures";

test("changing the password signs out every other device", async ({
  browser,
  page,
  context,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  const other = await browser.newContext();
  await signIn(other, owner);
  const otherPage = await other.newPage();
  await otherPage.goto("/owner");
  await expect(otherPage.getByText(`Selamat datang, ${owner.fullName}`)).toBeVisible();

  await page.goto("/account");
  await page.getByLabel("Kata sandi sekarang").fill(owner.password);
  await page.getByLabel("Kata sandi baru").fill("sambal bawang baru 2026");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByRole("status")).toHaveText("Kata sandi sudah diganti. Perangkat lain sudah dikeluarkan.");

  // This device stays signed in on a fresh session; the other one is out.
  await page.goto("/owner");
  await expect(page).toHaveURL(/\/owner$/);
  await otherPage.goto("/owner");
  await expect(otherPage).toHaveURL(/\/login\?redirectTo=%2Fowner$/);
  expect(testDb().prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(owner.id)).toBe(1);
  await other.close();
});

test("the current password must be right to change it", async ({ page, context, owner }) => {
  await signIn(context, owner);
  await page.goto("/account");
  await page.getByLabel("Kata sandi sekarang").fill("bukan kata sandi saya");
  await page.getByLabel("Kata sandi baru").fill("sambal bawang baru 2026");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByText("Kata sandi sekarang salah.")).toBeVisible();
  await expect(page.getByLabel("Kata sandi sekarang")).toHaveAttribute("aria-invalid", "true");
  const hash = testDb().prepare("SELECT password_hash FROM user WHERE id = ?").pluck().get(owner.id) as string;
  const { verifyPassword } = await import("../../app/lib/auth/password.server");
  expect(await verifyPassword(hash, owner.password)).toBe(true);
});

test("a forged session cookie is not accepted", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  const token = await signIn(context, owner);
  const [id] = token.split(".");
  await context.clearCookies();
  await context.addCookies([
    { name: "umkm_session", value: `${id}.forgedsecretforgedsecret`, url: E2E_BASE_URL, httpOnly: true },
  ]);
  await page.goto("/owner");
  await expect(page).toHaveURL(/\/login/);
});
