import { expect, expectAccessibleAndFitting, signIn, test, testDb } from "../fixtures";

const tag = () => String(Math.floor(Math.random() * 1e9)).padStart(9, "0");

test("an administrator imports a PDKI export, sees what was refused, and owners are warned by it", async ({
  page,
  context,
  admin,
}) => {
  const n = tag();
  const csv = [
    "Nomor Permohonan,Nama Merek,Kelas,Pemilik,Status,Tanggal Penerimaan",
    `DID1${n},Kripik Zoyaroma,"29, 30","PT Zoyaroma Rasa",Didaftar,2024-03-01`,
    `JID1${n},Kedai Zoyarasa,43,CV Zoyarasa,Dalam Proses,01/06/2023`,
    `DID2${n},,29,Tanpa Nama,Didaftar,2024-01-01`,
    `DID3${n},Zoya Batik,99,Pemilik,Didaftar,2024-01-01`,
  ].join("\n");
  await signIn(context, admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Kelola indeks merek" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indeks merek");
  await page.getByLabel("Berkas CSV (paling besar 20 MB)").setInputFiles({
    name: "pdki.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByText("Impor selesai: 2 merek ditambahkan, 0 diperbarui, 2 baris ditolak.")).toBeVisible();
  await expect(page.getByText("Baris 4: nama merek kosong atau terlalu panjang")).toBeVisible();
  await expect(page.getByText("Baris 5: kelas bukan angka 1–45")).toBeVisible();
  await expectAccessibleAndFitting(page);
  const stored = testDb()
    .prepare("SELECT name, classes, status, filed_on AS filedOn FROM trademark WHERE application_number = ?")
    .get(`JID1${n}`);
  expect(stored).toEqual({ name: "Kedai Zoyarasa", classes: "[43]", status: "pending", filedOn: "2023-06-01" });

  // The same file again changes nothing.
  await page.getByLabel("Berkas CSV (paling besar 20 MB)").setInputFiles({
    name: "pdki.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByText("Impor selesai: 0 merek ditambahkan, 2 diperbarui, 2 baris ditolak.")).toBeVisible();
  expect(
    testDb()
      .prepare("SELECT count(*) FROM trademark WHERE application_number IN (?, ?)")
      .pluck()
      .get(`DID1${n}`, `JID1${n}`),
  ).toBe(2);

  // An imported mark now warns whoever checks a look-alike name.
  await page.goto("/brand-check?name=Keripik+Zoyaromah&class=29");
  const match = page.getByRole("listitem").filter({ hasText: "Kripik Zoyaroma" }).first();
  await expect(match.getByText("data PDKI")).toBeVisible();
});

test("a file without the required columns imports nothing; only administrators may import", async ({
  page,
  context,
  admin,
  mentor,
}) => {
  await signIn(context, admin);
  await page.goto("/admin/trademarks");
  await page.getByLabel("Berkas CSV (paling besar 20 MB)").setInputFiles({
    name: "salah.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Merek,Keterangan\nKopi Nusa,contoh\n"),
  });
  await page.getByRole("button", { name: "Impor" }).click();
  await expect(page.getByText(/Kolom wajib tidak ditemukan: Nomor permohonan \(wajib\); Kelas/)).toBeVisible();

  await signIn(context, mentor);
  expect((await page.goto("/admin/trademarks"))?.status()).toBe(403);
  const post = await page.request.post("/admin/trademarks", {
    multipart: { csv: { name: "x.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n") } },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(post.status()).toBe(403);
});
