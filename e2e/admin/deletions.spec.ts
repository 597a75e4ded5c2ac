import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { E2E_BASE_URL, E2E_UPLOAD_DIR } from "../env";
import {
  assignMentor,
  expect,
  expectAccessibleAndFitting,
  expectAccessibleAndFittingOnce,
  giveBrand,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
  uniqueBrandName,
} from "../fixtures";

test.use({ viewport: { width: 360, height: 740 } });

/** A pending request, dated long ago so it heads the administrators' queue. */
function pendingRequest(userId: number): number {
  return Number(
    testDb()
      .prepare("INSERT INTO deletion_request (user_id, status, requested_at) VALUES (?, 'pending', ?)")
      .run(userId, 1_600_000_000 + Math.floor(Math.random() * 1000)).lastInsertRowid,
  );
}

/** Counts of the anonymous enterprise as the dashboard's triggers see it. */
function statisticsOf(enterpriseId: number) {
  return testDb()
    .prepare(
      `SELECT stage, province_code, regency_code, size_class, created_at, go_online_at, has_marketplace_shop, has_online_sale,
              (SELECT group_concat(category) FROM enterprise_category WHERE enterprise_id = e.id) AS categories
       FROM enterprise e WHERE id = ?`,
    )
    .get(enterpriseId);
}

test("an administrator confirms a deletion: the owner's personal data and files are gone, the statistics stay", async ({
  page,
  browser,
  admin,
  mentor,
}) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerWithSubmittedProfile(ownerContext, ["processed_food"], {
    name: `Usaha Hapus ${randomUUID().slice(0, 6)}`,
  });
  assignMentor(mentor, owner.enterpriseId);
  giveBrand(owner.enterpriseId, uniqueBrandName());
  // an uploaded file on disk with its row
  const uploadId = `zz${randomUUID()
    .replace(/[^a-z]/g, "")
    .padEnd(20, "z")}`.slice(0, 24);
  fs.mkdirSync(E2E_UPLOAD_DIR, { recursive: true });
  fs.writeFileSync(path.join(E2E_UPLOAD_DIR, uploadId), "evidence");
  testDb()
    .prepare(
      `INSERT INTO upload (id, enterprise_id, uploaded_by, purpose, media_type, byte_size, has_thumbnail, original_name, created_at)
       VALUES (?, ?, ?, 'evidence', 'application/pdf', 8, 0, 'ktp.pdf', ?)`,
    )
    .run(uploadId, owner.enterpriseId, owner.id, Math.floor(Date.now() / 1000));
  const requestId = pendingRequest(owner.id);
  const before = statisticsOf(owner.enterpriseId);

  await signIn(page.context(), admin);
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Menu administrasi" })
    .getByRole("link", { name: "Penghapusan akun" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Permintaan penghapusan akun");
  await expectAccessibleAndFitting(page);
  await page.getByRole("link", { name: `Periksa permintaan dari ${owner.fullName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/deletions/${requestId}$`));
  await expect(page.getByText(owner.email)).toBeVisible();
  await expectAccessibleAndFitting(page);

  const confirm = page.getByRole("region", { name: "Konfirmasi penghapusan" });
  await confirm.getByRole("button", { name: "Hapus data pribadi sekarang" }).click();
  await expect(page.getByText("Centang kotak ini untuk mengonfirmasi.")).toBeVisible();
  expect(testDb().prepare("SELECT full_name FROM user WHERE id = ?").pluck().get(owner.id)).toBe(owner.fullName);
  await expectAccessibleAndFittingOnce(page);

  await confirm.getByLabel(/tidak ada kewajiban hukum/).check();
  await confirm.getByRole("button", { name: "Hapus data pribadi sekarang" }).click();
  await expect(page.getByText(`Data pribadi akun nomor ${owner.id} telah dihapus.`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Periksa permintaan dari ${owner.fullName}` })).toHaveCount(0);

  const db = testDb();
  const user = db.prepare("SELECT full_name, email, phone, is_active FROM user WHERE id = ?").get(owner.id);
  expect(user).toEqual({
    full_name: "Akun dihapus",
    email: `erased-${owner.id}@erased.invalid`,
    phone: expect.stringMatching(/^\+999\d{9}$/),
    is_active: 0,
  });
  const enterprise = db
    .prepare("SELECT name, search_text, owner_phone FROM enterprise WHERE id = ?")
    .get(owner.enterpriseId) as { name: string | null; search_text: string; owner_phone: string };
  expect(enterprise.name).toBeNull();
  expect(enterprise.search_text).not.toContain(owner.fullName);
  expect(enterprise.owner_phone).not.toBe(owner.phone);
  expect(db.prepare("SELECT count(*) FROM upload WHERE enterprise_id = ?").pluck().get(owner.enterpriseId)).toBe(0);
  expect(fs.existsSync(path.join(E2E_UPLOAD_DIR, uploadId))).toBe(false);
  expect(statisticsOf(owner.enterpriseId)).toEqual(before);
  expect(db.prepare("SELECT status FROM deletion_request WHERE id = ?").pluck().get(requestId)).toBe("confirmed");
  // administrators still find the account, nameless
  await page.goto(`/admin/users/${owner.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun dihapus");

  // the owner's open session ends, and the old password no longer signs in
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/owner");
  await expect(ownerPage).toHaveURL(/\/login\?redirectTo=%2Fowner/);
  await ownerPage.getByLabel("Email atau nomor HP").fill(owner.email);
  await ownerPage.getByLabel("Kata sandi").fill(owner.password);
  await ownerPage.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(ownerPage.getByRole("alert")).toBeVisible();
  await expect(ownerPage).toHaveURL(/\/login/);
  await ownerContext.close();

  // the mentor still finds the enterprise, nameless, and its pages still work
  const mentorContext = await browser.newContext();
  await signIn(mentorContext, mentor);
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto(`/mentor/enterprises/${owner.enterpriseId}`);
  await expect(mentorPage.getByText("Akun dihapus").first()).toBeVisible();
  await expect(mentorPage.getByText(owner.fullName)).toHaveCount(0);
  const review = await mentorContext.request.get(`/mentor/reviews/${owner.enterpriseId}/profile`);
  expect(review.status()).toBe(200);
  await mentorContext.close();
});

test("an administrator declines a deletion with a reason the owner then reads", async ({ page, browser, admin }) => {
  const ownerContext = await browser.newContext();
  const owner = await ownerWithSubmittedProfile(ownerContext, ["craft"]);
  const requestId = pendingRequest(owner.id);

  await signIn(page.context(), admin);
  await page.goto(`/admin/deletions/${requestId}`);
  const decline = page.getByRole("region", { name: "Tolak permintaan" });
  await decline.getByRole("button", { name: "Tolak permintaan" }).click();
  await expect(page.getByText("Tulis alasannya, paling banyak 1.000 karakter.")).toBeVisible();
  await decline.getByLabel("Alasan penolakan").fill("Pengajuan merek Anda masih berjalan di DJKI.");
  await decline.getByRole("button", { name: "Tolak permintaan" }).click();
  await expect(page.getByText("Permintaan ditolak. Pemilik usaha melihat alasannya.")).toBeVisible();
  // the request is decided: its page sends the administrator back to the list
  await page.goto(`/admin/deletions/${requestId}`);
  await expect(page.getByText("Permintaan ini sudah diputuskan atau dibatalkan.")).toBeVisible();

  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/account/privacy");
  await expect(
    ownerPage.getByText(/ditolak administrator\. Alasannya: Pengajuan merek Anda masih berjalan di DJKI\./),
  ).toBeVisible();
  expect(testDb().prepare("SELECT is_active FROM user WHERE id = ?").pluck().get(owner.id)).toBe(1);
  await ownerContext.close();
});

test("only administrators reach the deletion queue", async ({ browser, owner, mentor }) => {
  for (const user of [owner, mentor]) {
    const context = await browser.newContext();
    await signIn(context, user);
    for (const url of ["/admin/deletions", "/admin/deletions/1"]) {
      const response = await context.request.get(url);
      expect(response.status(), `${user.role} ${url}`).toBe(403);
    }
    const response = await context.request.post("/admin/deletions/1", {
      form: { intent: "confirm", confirm: "on" },
      headers: { Origin: E2E_BASE_URL },
    });
    expect(response.status(), `${user.role} confirms`).toBe(403);
    await context.close();
  }
});
