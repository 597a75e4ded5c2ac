import { expect, expectNoAxeViolations, signIn, test } from "../fixtures";

test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "page guards are server-side: the js project covers them");

test("an owner opening the mentor or admin area gets a friendly 403", async ({ page, context, owner }) => {
  await signIn(context, owner);
  for (const path of ["/mentor", "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman ini bukan untuk akun Anda");
    await expect(page.getByText("Anda masuk sebagai Pemilik usaha.")).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Kembali ke beranda" }).click();
  await expect(page).toHaveURL(/\/owner$/);
});

test("a mentor cannot open the owner or admin areas", async ({ page, context, mentor }) => {
  await signIn(context, mentor);
  expect((await page.goto("/owner"))?.status()).toBe(403);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  expect((await page.goto("/mentor"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Selamat datang, ${mentor.fullName}`);
  await expect(page.getByText("Belum ada usaha yang ditugaskan kepada Anda.")).toBeVisible();
});

test("an administrator cannot open the owner or mentor areas", async ({ page, context, admin }) => {
  await signIn(context, admin);
  expect((await page.goto("/owner"))?.status()).toBe(403);
  expect((await page.goto("/mentor"))?.status()).toBe(403);
  expect((await page.goto("/admin"))?.status()).toBe(200);
});

test("an unknown address shows the 404 page inside the site layout", async ({ page }) => {
  const response = await page.goto("/tidak-ada-halaman-ini");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expect(page.getByRole("banner")).toBeVisible();
  await expectNoAxeViolations(page);
});
