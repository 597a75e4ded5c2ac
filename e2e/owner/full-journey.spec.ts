// One owner, from registration to the "Go Online" certificate, through every task page as a
// user would (once with JavaScript, once without). The mentor's decisions are driven through
// a fixture until the mentor workspace exists.
import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import {
  expect,
  expectAccessibleAndFitting,
  makeUser,
  mentorDecides,
  test,
  testDb,
  uniqueBrandName,
} from "../fixtures";
import { photoFile } from "../images";

test.describe.configure({ timeout: 240_000 });

function taskRow(page: Page, title: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByText(title, { exact: true }) })
    .last();
}

async function openTask(page: Page, title: string) {
  await page.goto("/owner");
  await page.getByRole("link", { name: title, exact: true }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

async function finishTask(page: Page, key: string) {
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(new RegExp(`/owner\\?saved=${key}$`));
}

function statuses(enterpriseId: number) {
  const rows = testDb()
    .prepare("SELECT task_key, status FROM enterprise_task WHERE enterprise_id = ?")
    .all(enterpriseId) as { task_key: string; status: string }[];
  return Object.fromEntries(rows.map((r) => [r.task_key, r.status]));
}

async function checkRadio(page: Page, region: string, option: string) {
  await page.getByRole("region", { name: region, exact: true }).getByLabel(option, { exact: true }).check();
}

test("an owner goes from registration through every task to the Go Online certificate", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const js = test.info().project.use.javaScriptEnabled !== false;
  const tag = randomUUID().slice(0, 8);
  const email = `siti-${tag}@e2e.test`;
  const phone = `0813${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

  // Registration
  await page.goto("/register");
  await page.getByLabel("Nama lengkap").fill("Siti Aminah");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nomor HP (WhatsApp)").fill(phone);
  await page.getByLabel("Kata sandi").fill(`keripik-${tag}`);
  await page.getByLabel(/setuju data saya diproses/).check();
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/owner$/);
  const enterpriseId = testDb()
    .prepare("SELECT e.id FROM enterprise e JOIN user u ON u.id = e.owner_user_id WHERE u.email = ?")
    .pluck()
    .get(email) as number;
  const mentor = await makeUser("mentor", { fullName: `Budi Santoso ${tag}` });

  // 1. Profile
  await openTask(page, "Profil usaha");
  await page.getByLabel("Nama usaha").fill("Keripik Teh Siti");
  await page.getByLabel("Bentuk usaha").selectOption({ label: "Perorangan (usaha sendiri)" });
  await page.getByLabel("Makanan & minuman olahan (dalam kemasan)").check();
  await page.getByLabel("Provinsi").selectOption({ label: "Jawa Barat" });
  if (!js) await page.getByRole("button", { name: "Tampilkan kabupaten/kota" }).click();
  await page.getByLabel("Kabupaten/kota").selectOption({ label: "Kabupaten Garut" });
  await page.getByLabel("Alamat usaha").fill("Jl. Cimanuk No. 12, Tarogong Kidul");
  await page.getByLabel("Tahun mulai usaha").fill("2019");
  await page.getByLabel("Jumlah pekerja").fill("3");
  await page.getByLabel("Modal usaha (tanpa tanah dan bangunan)").fill("15.000.000");
  await page.getByLabel("Omzet setahun terakhir").fill("96.000.000");
  await page.getByLabel("Omzet rata-rata per bulan saat ini").fill("8.000.000");
  await page.getByLabel("Hanya offline (toko, pasar, titip jual)").check();
  await finishTask(page, "profile");

  // The mentor sends the profile back; the owner sees why, fixes it and sends it again.
  await mentorDecides(mentor, enterpriseId, { profile: { requestChanges: "Alamat belum lengkap: tulis RT/RW." } });
  await page.goto("/owner");
  await expect(taskRow(page, "Profil usaha").getByText("Perlu perbaikan")).toBeVisible();
  await openTask(page, "Profil usaha");
  await expect(page.getByText("Alamat belum lengkap: tulis RT/RW.")).toBeVisible();
  await page.getByLabel("Alamat usaha").fill("Jl. Cimanuk No. 12, RT 02/RW 05, Tarogong Kidul");
  await finishTask(page, "profile");
  await expect(taskRow(page, "Profil usaha").getByText("Menunggu tinjauan")).toBeVisible();

  // 2. Legality
  await openTask(page, "Legalitas usaha");
  await checkRadio(page, "NIB (Nomor Induk Berusaha)", "Sudah punya");
  await page.getByLabel("Nomor NIB (Nomor Induk Berusaha)").fill("1234567890123");
  await checkRadio(page, "SPP-IRT / P-IRT (izin pangan rumahan)", "Sudah punya");
  await page.getByLabel("Nomor SPP-IRT / P-IRT (izin pangan rumahan)").fill("2063205010123-27");
  await page.getByLabel("Berlaku sampai (SPP-IRT / P-IRT (izin pangan rumahan))").fill("2030-01-31");
  await page
    .getByLabel("Bukti (foto atau PDF): SPP-IRT / P-IRT (izin pangan rumahan)")
    .setInputFiles(await photoFile("pirt.jpg"));
  await checkRadio(page, "Sertifikat halal", "Sedang diurus");
  await finishTask(page, "legality");

  // 3. Brand
  await openTask(page, "Identitas merek");
  // A brand of its own: every saved brand is in the index, and this one must check clean.
  const brand = uniqueBrandName("Teh");
  await page.getByLabel("Nama merek", { exact: true }).fill(brand);
  await page.getByLabel("Slogan").fill("Renyahnya dari dapur Garut");
  await page
    .getByLabel("Cerita merek")
    .fill("Sejak 2019 saya menggoreng keripik singkong dari kebun tetangga di Garut.");
  await page.getByLabel("Logo").setInputFiles(await photoFile("logo.jpg", 400, 400, "#166534"));
  await finishTask(page, "brand");
  await expect(taskRow(page, "Identitas merek").getByText("Selesai", { exact: true })).toBeVisible();

  // 4. Trademark & copyright
  await openTask(page, "Merek & hak cipta");
  await page.getByLabel("Tidak ada merek yang mirip").check();
  for (const item of [
    "Foto milik sendiri atau berlisensi",
    "Logo buatan sendiri atau dialihkan tertulis",
    "Font berlisensi OFL atau dibeli",
  ]) {
    await page.getByLabel(`Saya menyatakan ini benar: ${item}`).check();
  }
  await page.getByLabel("Sedang menyiapkan pendaftaran").check();
  await page.getByLabel(/^Kelas 29/).check();
  await finishTask(page, "ip");

  // 5. Products
  await openTask(page, "Produk");
  await page.getByRole("link", { name: "Tambah produk" }).click();
  await page.getByLabel("Nama produk").fill("Keripik Singkong Pedas 250 g");
  await page
    .getByLabel("Deskripsi")
    .fill("Keripik singkong tipis, pedas daun jeruk, tanpa pengawet. Simpan di tempat kering.");
  await page.getByLabel("Harga jual (Rp)").fill("15.000");
  await page.getByLabel("Isi bersih").fill("250");
  await page.getByLabel("Satuan").selectOption("g");
  await page.getByLabel("Pilih foto produk").setInputFiles(await photoFile("keripik.jpg", 900, 900));
  const inOrder = page.getByRole("radio", { name: "Sudah sesuai" });
  for (let i = 0; i < (await inOrder.count()); i += 1) await inOrder.nth(i).check();
  await page.getByRole("button", { name: "Simpan produk" }).click();
  await expect(
    page.getByRole("region", { name: "Kesiapan tayang" }).getByText("Siap tayang", { exact: true }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke daftar produk" }).click();
  await expect(page.getByText("1 produk, 1 siap tayang")).toBeVisible();
  await finishTask(page, "products");

  // 6. Channels
  await openTask(page, "Saluran online");
  await page
    .getByRole("region", { name: "Shopee", exact: true })
    .getByRole("group", { name: "Status Shopee", exact: true })
    .getByLabel("Toko sudah buka")
    .check();
  await page.getByLabel("Alamat toko Shopee", { exact: true }).fill("shopee.co.id/keripiktehsiti");
  await finishTask(page, "channels");

  // Everything was sent; the final review waits for the mentor's approvals.
  expect(statuses(enterpriseId)).toMatchObject({
    profile: "submitted",
    legality: "submitted",
    brand: "done",
    ip: "submitted",
    products: "submitted",
    channels: "submitted",
  });
  await expect(taskRow(page, "Tinjauan akhir").getByText("Belum bisa dimulai")).toBeVisible();
  await mentorDecides(mentor, enterpriseId, {
    profile: "approve",
    legality: "approve",
    ip: "approve",
    products: "approve",
    channels: "approve",
  });

  // 7. Final review: the owner asks for graduation.
  await openTask(page, "Tinjauan akhir");
  await expect(page.getByText("Keripik Teh Siti").first()).toBeVisible();
  await expect(page.getByText("1 produk, 1 siap tayang")).toBeVisible();
  await expect(page.getByText(`Budi Santoso ${tag}`)).toBeVisible();
  await expectAccessibleAndFitting(page);
  await page.getByRole("button", { name: "Minta pengesahan Go Online" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=final_review$/);
  await expect(taskRow(page, "Tinjauan akhir").getByText("Menunggu tinjauan")).toBeVisible();
  expect(statuses(enterpriseId).final_review).toBe("submitted");

  // The mentor confirms: Go Online, with a certificate.
  await mentorDecides(mentor, enterpriseId, { final_review: "approve" });
  await page.goto("/owner");
  await expect(page.getByText("Selamat! Usaha Anda sudah resmi Go Online.")).toBeVisible();
  await expect(page.getByText("7 dari 7 tugas selesai").first()).toBeVisible();
  await page.getByRole("link", { name: "Lihat dan cetak sertifikat" }).click();
  const certificate = page.getByRole("article", { name: "Sertifikat Go Online" });
  await expect(certificate.getByText("Keripik Teh Siti").first()).toBeVisible();
  await expect(certificate.getByText(`Budi Santoso ${tag}`)).toBeVisible();
  await expect(certificate.getByText("Kabupaten Garut, Jawa Barat")).toBeVisible();
  await expectAccessibleAndFitting(page);
  const goOnlineAt = testDb().prepare("SELECT go_online_at FROM enterprise WHERE id = ?").pluck().get(enterpriseId);
  expect(goOnlineAt).toBeGreaterThan(Date.now() / 1000 - 600);

  // Every answer and file is still there after the journey.
  expect(testDb().prepare("SELECT count(*) FROM upload WHERE enterprise_id = ?").pluck().get(enterpriseId)).toBe(3);
});
