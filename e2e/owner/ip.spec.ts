import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessibleAndFitting,
  giveBrand,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
  uniqueBrandName,
} from "../fixtures";

function ipTask(enterpriseId: number) {
  return testDb()
    .prepare("SELECT status, answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'ip'")
    .get(enterpriseId) as { status: string; answers: string } | undefined;
}

const DECLARATIONS = [
  "Foto milik sendiri atau berlisensi",
  "Logo buatan sendiri atau dialihkan tertulis",
  "Font berlisensi OFL atau dibeli",
];

async function declareAll(page: Page) {
  for (const item of DECLARATIONS) await page.getByLabel(`Saya menyatakan ini benar: ${item}`).check();
}

test("the trademark task waits for the brand identity", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  await page.goto("/owner/tasks/ip");
  await expect(page.getByText("Tugas ini belum bisa dimulai. Selesaikan dulu: Identitas merek")).toBeVisible();
});

test("a bad application number, a missing PDKI answer and missing declarations are refused; nothing is saved", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  const brand = uniqueBrandName();
  giveBrand(owner.enterpriseId, brand);
  await page.goto("/owner/tasks/ip");
  await expect(page.getByRole("link", { name: `Cari “${brand}” di PDKI` })).toHaveAttribute(
    "href",
    new RegExp(`pdki-indonesia\\.dgip\\.go\\.id/search\\?.*keyword=${encodeURIComponent(brand)}`),
  );
  await page.getByLabel("Sudah mengajukan permohonan").check();
  await page.getByLabel("Nomor permohonan").fill("DID-2025-0123");
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText("Cari nama merek Anda di PDKI, lalu pilih hasilnya.")).toBeVisible();
  await expect(page.getByText(/Nomor permohonan berbentuk DID atau JID diikuti 10 angka/)).toBeVisible();
  await expect(page.getByText("Pilih minimal satu kelas merek.")).toBeVisible();
  await expect(page.getByText(/Centang pernyataan ini\./)).toHaveCount(3);
  await expectAccessibleAndFitting(page);
  expect(ipTask(owner.enterpriseId)).toBeUndefined();
});

test("an owner records the PDKI search, the copyright declarations and a filed trademark", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  const brand = uniqueBrandName();
  giveBrand(owner.enterpriseId, brand);
  await page.goto("/owner");
  await page.getByRole("link", { name: "Merek & hak cipta" }).last().click();
  await expect(page.getByText(`Nama merek “${brand}” belum diperiksa.`)).toBeVisible();
  await page.getByRole("button", { name: "Periksa nama merek" }).click();
  await expect(
    page.getByText(`Tidak ditemukan merek yang mirip dengan “${brand}” di indeks kami.`, { exact: false }),
  ).toBeVisible();
  await page.getByLabel("Tidak ada merek yang mirip").check();
  await declareAll(page);
  await page.getByLabel("Sudah mengajukan permohonan").check();
  await page.getByLabel(/^Kelas 29/).check();
  await page.getByLabel(/^Kelas 30/).check();
  // With JavaScript the fee follows the ticks at once; without, it is worked out when the page comes back.
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.getByText(/Biaya pengajuan 2 kelas: Rp\s?1\.000\.000 dengan tarif UMK/)).toBeVisible();
  }
  await page.getByLabel("Kelas lain").fill("35");
  await page.getByLabel("Nomor permohonan").fill("did 2025 012345");
  await page.getByLabel("Tanggal pengajuan").fill("2025-03-14");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Nomor permohonan")).toHaveValue("DID2025012345");
  await expect(page.getByLabel(/^Kelas 30/)).toBeChecked();
  await expect(page.getByLabel("Kelas lain")).toHaveValue("35");
  await expect(page.getByText(/Biaya pengajuan 3 kelas: Rp\s?1\.500\.000/)).toBeVisible();
  await expectAccessibleAndFitting(page);

  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=ip$/);
  const row = ipTask(owner.enterpriseId)!;
  expect(row.status).toBe("submitted");
  expect(JSON.parse(row.answers)).toMatchObject({
    pdki: { result: "none_similar" },
    trademark: { status: "filed", classes: [29, 30, 35], applicationNumber: "DID2025012345", filedOn: "2025-03-14" },
    own_photos: { declared: true },
    logo_rights: { declared: true },
    fonts_licensed: { declared: true },
    music_licensed: { declared: false },
  });
});

test("a brand that sounds like a famous mark is warned with reasons, and must be acknowledged to finish", async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  giveBrand(owner.enterpriseId, "Indomy");
  await page.goto("/owner/tasks/ip");
  await page.getByRole("button", { name: "Periksa nama merek" }).click();
  const results = page.getByRole("list", { name: "Merek yang mirip dengan “Indomy”" });
  const indomie = results.getByRole("listitem").filter({ hasText: "Indomie" }).first();
  await expect(indomie.getByText("Risiko tinggi")).toBeVisible();
  await expect(
    indomie.getByText(/tulisannya mirip · bunyinya mirip · merek terkenal, dilindungi di semua kelas/),
  ).toBeVisible();
  await expect(indomie.getByText(/merek terkenal \(daftar contoh, bukan daftar resmi\)/)).toBeVisible();
  await expect(indomie.getByRole("link", { name: "Pastikan “Indomie” di PDKI" })).toHaveAttribute(
    "href",
    /keyword=Indomie/,
  );
  await expectAccessibleAndFitting(page);

  await page.getByLabel("Ada merek yang mirip", { exact: true }).check();
  await page
    .getByLabel("Merek apa yang Anda temukan, dan apa rencana Anda?")
    .fill("Indomie milik Indofood; saya akan ganti nama.");
  await declareAll(page);
  await page.getByLabel("Belum berencana mendaftar").check();
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText(/Centang setiap merek berisiko tinggi atau sedang/)).toBeVisible();
  expect(ipTask(owner.enterpriseId)).toBeUndefined();

  await page
    .getByLabel("Saya sudah membaca risiko dengan “Indomie” dan tetap memakai nama saya (atau akan menggantinya).")
    .check();
  for (const box of await page.getByRole("checkbox", { name: /Saya sudah membaca risiko/ }).all()) await box.check();
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=ip$/);
  const answers = JSON.parse(ipTask(owner.enterpriseId)!.answers) as { brandCheck: { acknowledged: string[] } };
  expect(answers.brandCheck.acknowledged).toContain("Indomie");
  const stored = testDb()
    .prepare("SELECT name, results FROM brand_check WHERE enterprise_id = ? ORDER BY id DESC")
    .get(owner.enterpriseId) as { name: string; results: string };
  expect(stored.name).toBe("Indomy");
  expect(JSON.parse(stored.results)[0]).toMatchObject({ name: "Indomie", band: "tinggi" });
});
