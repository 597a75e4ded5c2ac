import { expect, expectAccessibleAndFitting, signIn, test } from "../fixtures";

test("anyone signed in can check a brand name and is told why it may clash", async ({ page, context, mentor }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await signIn(context, mentor);
  await page.goto("/mentor");
  await page.getByRole("link", { name: "Cek nama merek" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cek nama merek");
  await page.getByRole("textbox", { name: "Nama merek" }).fill("Kopi Kenangan Mantan");
  await page.getByLabel(/^Kelas 43/).check();
  await page.getByRole("button", { name: "Periksa nama merek" }).click();
  await expect(page).toHaveURL(/name=Kopi\+Kenangan\+Mantan&class=43/);
  const match = page
    .getByRole("list", { name: "Merek yang mirip dengan “Kopi Kenangan Mantan”" })
    .getByRole("listitem")
    .first();
  await expect(match.getByText("Kopi Kenangan", { exact: true })).toBeVisible();
  await expect(match.getByText("Risiko tinggi")).toBeVisible();
  await expect(match.getByText(/memuat merek ini/)).toBeVisible();
  await expectAccessibleAndFitting(page);

  // A name of generic words and a place is not buried in false alarms.
  await page.getByRole("textbox", { name: "Nama merek" }).fill("Keripik Singkong Pedas Garut");
  await page.getByLabel(/^Kelas 43/).uncheck();
  await page.getByLabel(/^Kelas 29/).check();
  await page.getByRole("button", { name: "Periksa nama merek" }).click();
  await expect(page.getByText(/Tidak ditemukan merek yang mirip dengan “Keripik Singkong Pedas Garut”/)).toBeVisible();
});

test("the check asks for a name, and needs a signed-in user", async ({ page, context, owner }) => {
  const anonymous = await page.goto("/brand-check?name=Indomy");
  expect(anonymous?.url()).toMatch(/\/login\?redirectTo=/);
  await signIn(context, owner);
  const response = await page.goto("/brand-check?name=");
  expect(response?.status()).toBe(400);
  await expect(page.getByText("Tulis nama merek, 2 sampai 60 huruf.").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Nama merek" })).toHaveAttribute("aria-invalid", "true");
});
