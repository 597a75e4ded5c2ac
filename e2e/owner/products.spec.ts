import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessibleAndFitting,
  makeUser,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
} from "../fixtures";
import { photoFile } from "../images";

function products(enterpriseId: number) {
  return testDb()
    .prepare(
      "SELECT id, name, price_rupiah AS price, readiness, checklist FROM product WHERE enterprise_id = ? ORDER BY id",
    )
    .all(enterpriseId) as { id: number; name: string; price: number | null; readiness: number; checklist: string }[];
}

function photosOf(productId: number) {
  return testDb()
    .prepare("SELECT upload_id FROM product_photo WHERE product_id = ? ORDER BY position")
    .pluck()
    .all(productId) as string[];
}

function taskStatus(enterpriseId: number) {
  return testDb()
    .prepare("SELECT status FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'products'")
    .pluck()
    .get(enterpriseId) as string | undefined;
}

async function markEveryItemInOrder(page: Page) {
  const radios = page.getByRole("radio", { name: "Sudah sesuai" });
  for (let i = 0; i < (await radios.count()); i += 1) await radios.nth(i).check();
}

test("the products task waits for the profile", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  await page.goto("/owner/tasks/products");
  await expect(page.getByText("Tugas ini belum bisa dimulai. Selesaikan dulu: Profil usaha")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tambah produk" })).toHaveCount(0);
});

test("a negative price, a photo under 500 px and a missing reason are refused; nothing is saved", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["fashion_textile"]);
  await page.goto("/owner/tasks/products/new");
  await page.getByLabel("Nama produk").fill("Kemeja Batik Tulis");
  await page.getByLabel("Harga jual (Rp)").fill("-150000");
  await page.getByLabel("Pilih foto produk").setInputFiles(await photoFile("kecil.jpg", 400, 400));
  const careLabel = page.getByRole("region", { name: "Petunjuk perawatan" });
  await careLabel.getByLabel("Tidak berlaku untuk produk ini").check();
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page.getByText("Harga harus lebih dari Rp0.")).toBeVisible();
  await expect(page.getByText(/Foto terlalu kecil\. Foto produk minimal 500 × 500 piksel/)).toBeVisible();
  await expect(careLabel.getByText("Tulis alasannya, singkat saja.")).toBeVisible();
  await expect(page.getByLabel("Nama produk")).toHaveValue("Kemeja Batik Tulis");
  await expectAccessibleAndFitting(page);
  expect(products(owner.enterpriseId)).toEqual([]);
  expect(testDb().prepare("SELECT count(*) FROM upload WHERE enterprise_id = ?").pluck().get(owner.enterpriseId)).toBe(
    0,
  );
});

test("an owner lists products with photos and checklists, and sends them for review when all are ready", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const owner = await ownerWithSubmittedProfile(context, ["fashion_textile"]);
  await page.goto("/owner");
  await page.getByRole("link", { name: "Produk" }).last().click();
  await expect(page.getByText("Belum ada produk. Tambahkan produk pertama Anda.")).toBeVisible();
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText("Tambahkan minimal satu produk sebelum menandai tugas ini selesai.")).toBeVisible();

  await page.getByRole("link", { name: "Tambah produk" }).click();
  await page.getByLabel("Nama produk").fill("Kemeja Batik Tulis Sekar Jagad");
  await page.getByLabel("Deskripsi").fill("Kemeja katun primisima, batik tulis pewarna alam dari Pekalongan.");
  await page.getByLabel("Harga jual (Rp)").fill("Rp 350.000");
  await page.getByLabel("Isi bersih").fill("1");
  await page.getByLabel("Satuan").selectOption("pcs");
  await page
    .getByLabel("Pilih foto produk")
    .setInputFiles([await photoFile("depan.jpg", 800, 800, "#1e3a8a"), await photoFile("detail.jpg", 600, 600)]);
  await page.getByRole("button", { name: "Simpan produk" }).click();

  // Saved: the checklist of its category is there, and the readiness says what is missing.
  await expect(page.getByRole("status").filter({ hasText: "Produk tersimpan." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kemeja Batik Tulis Sekar Jagad");
  await expect(page.getByRole("region", { name: "Kesiapan tayang" }).getByText(/Petunjuk perawatan/)).toBeVisible();
  await expect(page.getByRole("img", { name: "Foto produk 1" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Foto produk 2" })).toBeVisible();
  const [product] = products(owner.enterpriseId);
  expect(product).toMatchObject({ name: "Kemeja Batik Tulis Sekar Jagad", price: 350_000 });
  expect(product!.readiness).toBeLessThan(100);
  const [front, detail] = photosOf(product!.id);

  // The detail photo becomes the main one; every quality item is in order.
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("img", { name: "Foto produk 2" }) })
    .getByLabel("Foto utama")
    .check();
  await markEveryItemInOrder(page);
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Produk tersimpan." })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Kesiapan tayang" }).getByText("Siap tayang", { exact: true }),
  ).toBeVisible();
  expect(photosOf(product!.id)).toEqual([detail, front]);
  expect(products(owner.enterpriseId)[0]!.readiness).toBe(100);
  await expectAccessibleAndFitting(page);

  // A second product, not ready yet, holds the task back.
  await page.goto("/owner/tasks/products/new");
  await page.getByLabel("Nama produk").fill("Selendang Batik");
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Produk tersimpan." })).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke daftar produk" }).click();
  await expect(page.getByText("2 produk, 1 siap tayang")).toBeVisible();
  await expectAccessibleAndFitting(page);
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText(/Belum siap: Selendang Batik\./)).toBeVisible();
  expect(taskStatus(owner.enterpriseId)).toBe("in_progress");

  await page.getByRole("link", { name: "Selendang Batik" }).click();
  await page.getByRole("button", { name: "Hapus produk ini" }).or(page.getByText("Hapus produk ini")).first().click();
  await page.getByRole("button", { name: "Ya, hapus produk" }).click();
  await expect(page.getByText("Produk sudah dihapus.")).toBeVisible();
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=products$/);
  expect(taskStatus(owner.enterpriseId)).toBe("submitted");
  expect(products(owner.enterpriseId).map((p) => p.name)).toEqual(["Kemeja Batik Tulis Sekar Jagad"]);
});

test("an owner cannot open or change another enterprise's product", async ({
  page,
  context,
  browser,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const theirs = await ownerWithSubmittedProfile(other, ["craft"]);
  await otherPage.goto("/owner/tasks/products/new");
  await otherPage.getByLabel("Nama produk").fill("Tas Anyaman Pandan");
  await otherPage.getByRole("button", { name: "Simpan produk" }).click();
  await expect(otherPage.getByRole("status").filter({ hasText: "Produk tersimpan." })).toBeVisible();
  const [product] = products(theirs.enterpriseId);
  await other.close();

  await ownerWithSubmittedProfile(context, ["craft"]);
  const response = await page.goto(`/owner/tasks/products/${product!.id}`);
  expect(response?.status()).toBe(404);
  const post = await page.request.post(`/owner/tasks/products/${product!.id}`, {
    form: { intent: "delete" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(post.status()).toBe(404);
  expect(products(theirs.enterpriseId)).toHaveLength(1);
  const mentor = await makeUser("mentor");
  await signIn(context, mentor);
  expect((await page.goto(`/owner/tasks/products/${product!.id}`))?.status()).toBe(403);
});
