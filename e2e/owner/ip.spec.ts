import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessibleAndFitting,
  giveBrand,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
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

test("the trademark task waits for the brand identity", async ({ page, context, owner }) => {
  await signIn(context, owner);
  await page.goto("/owner/tasks/ip");
  await expect(page.getByText("Tugas ini belum bisa dimulai. Selesaikan dulu: Identitas merek")).toBeVisible();
});

test("a bad application number, a missing PDKI answer and missing declarations are refused; nothing is saved", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  giveBrand(owner.enterpriseId, "Keripik Teh Siti");
  await page.goto("/owner/tasks/ip");
  await expect(page.getByRole("link", { name: "Cari “Keripik Teh Siti” di PDKI" })).toHaveAttribute(
    "href",
    /pdki-indonesia\.dgip\.go\.id\/search\?.*keyword=Keripik%20Teh%20Siti/,
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
  giveBrand(owner.enterpriseId, "Keripik Teh Siti");
  await page.goto("/owner");
  await page.getByRole("link", { name: "Merek & hak cipta" }).last().click();
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
