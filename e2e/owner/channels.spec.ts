import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, ownerWithSubmittedProfile, signIn, test, testDb } from "../fixtures";

test.describe.configure({ timeout: 60_000 });

function channelsRow(enterpriseId: number) {
  return testDb()
    .prepare("SELECT status, answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'channels'")
    .get(enterpriseId) as { status: string; answers: string } | undefined;
}

function channel(page: Page, title: string) {
  return page.getByRole("region", { name: title, exact: true });
}

async function setStatus(
  page: Page,
  title: string,
  status: "Berencana" | "Toko sudah buka" | "Sudah ada penjualan pertama",
) {
  await channel(page, title)
    .getByRole("group", { name: `Status ${title}`, exact: true })
    .getByLabel(status)
    .check();
}

test("channels fit the business: no food delivery for a batik maker", async ({ page, context, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await ownerWithSubmittedProfile(context, ["fashion_textile", "craft"]);
  await page.goto("/owner");
  await page.getByRole("link", { name: "Saluran online" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saluran online");
  await expect(page.getByRole("heading", { name: "Shopee", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "QRIS" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GrabFood" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a wrong shop link, a missing date and no open shop are refused; nothing is saved", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["ready_meal"]);
  await page.goto("/owner/tasks/channels");
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Untuk menandai selesai, minimal satu toko online harus sudah buka.",
  );

  await setStatus(page, "Shopee", "Toko sudah buka");
  await page.getByLabel("Alamat toko Shopee", { exact: true }).fill("https://www.tokopedia.com/keripik-siti");
  await setStatus(page, "GoFood (aplikasi GoBiz)", "Sudah ada penjualan pertama");
  await page.getByLabel("Alamat toko GoFood (aplikasi GoBiz)").fill("ini bukan alamat");
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(
    channel(page, "Shopee").getByText("Alamat ini bukan dari situs saluran ini.", { exact: false }),
  ).toBeVisible();
  await expect(page.getByLabel("Alamat toko Shopee", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Alamat toko Shopee", { exact: true })).toHaveValue(
    "https://www.tokopedia.com/keripik-siti",
  );
  await expect(
    channel(page, "GoFood (aplikasi GoBiz)").getByText("Tulis alamat web yang lengkap", { exact: false }),
  ).toBeVisible();
  await expect(channel(page, "GoFood (aplikasi GoBiz)").getByText("Tulis tanggal penjualan pertama.")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(channelsRow(owner.enterpriseId)).toBeUndefined();
});

test("an owner opens shops, records the first online sale and sends the task for review", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner/tasks/channels");
  await setStatus(page, "Shopee", "Sudah ada penjualan pertama");
  await page.getByLabel("Alamat toko Shopee", { exact: true }).fill("shopee.co.id/keripiktehsiti");
  await page.getByLabel("Tanggal penjualan online pertama (Shopee)").fill("2026-10-05");
  await setStatus(page, "QRIS", "Toko sudah buka");
  await setStatus(page, "Instagram", "Berencana");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Alamat toko Shopee", { exact: true })).toHaveValue(
    "https://shopee.co.id/keripiktehsiti",
  );
  await expect(
    channel(page, "Instagram").getByRole("group", { name: "Status Instagram" }).getByLabel("Berencana"),
  ).toBeChecked();

  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=channels$/);
  const row = channelsRow(owner.enterpriseId)!;
  expect(row.status).toBe("submitted");
  expect(JSON.parse(row.answers)).toMatchObject({
    shopee: { status: "first_sale", url: "https://shopee.co.id/keripiktehsiti", firstSaleOn: "2026-10-05" },
    qris: { status: "open" },
    instagram: { status: "planned" },
  });
});

test("the channels task waits for the profile", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  await page.goto("/owner/tasks/channels");
  await expect(page.getByText("Tugas ini belum bisa dimulai. Selesaikan dulu: Profil usaha")).toBeVisible();
});
