import fs from "node:fs";
import { randomUUID } from "node:crypto";
import {
  assignMentor,
  expect,
  expectAccessibleAndFitting,
  expectAccessibleAndFittingOnce,
  makeUser,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
} from "../fixtures";
import { CONSENT_DOCUMENTS } from "../../app/utils/privacy/documents";

test.use({ viewport: { width: 360, height: 740 } });

function deletionRequests(userId: number) {
  return testDb()
    .prepare("SELECT status FROM deletion_request WHERE user_id = ? ORDER BY id")
    .pluck()
    .all(userId) as string[];
}

test("an owner downloads all their data as a dated JSON file, without the mentor's private notes", async ({
  page,
  context,
  mentor,
}) => {
  const name = `Keripik Privasi ${randomUUID().slice(0, 6)}`;
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"], { name });
  assignMentor(mentor, owner.enterpriseId);
  const now = Math.floor(Date.now() / 1000);
  testDb()
    .prepare(
      `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics, shared_notes,
         private_notes, created_at, updated_at)
       VALUES (?, ?, '2026-11-20', 'telepon', 30, '["usaha"]', 'Lengkapi NIB minggu ini.', 'Pribadi: jangan dibagikan', ?, ?)`,
    )
    .run(owner.enterpriseId, mentor.id, now, now);
  const other = await makeUser("owner");

  await page.goto("/account");
  await page.getByRole("link", { name: /Data dan privasi/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data dan privasi saya");
  await expectAccessibleAndFitting(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh data saya (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^umkm-go-online-data-saya-\d{4}-\d{2}-\d{2}\.json$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  const data = JSON.parse(text);
  expect(data.account).toMatchObject({ email: owner.email, fullName: owner.fullName, phone: owner.phone });
  expect(data.enterprise).toMatchObject({ name, regencyCode: "32.05", categories: ["processed_food"] });
  expect(data.enterprise.mentor).toEqual({ name: mentor.fullName });
  expect(data.mentoringSessions).toEqual([
    expect.objectContaining({ sharedNotes: "Lengkapi NIB minggu ini.", mentorName: mentor.fullName }),
  ]);
  expect(text).not.toContain("Pribadi: jangan dibagikan");
  expect(text).not.toContain(mentor.email);
  expect(text).not.toContain(other.email);
  expect(text).not.toMatch(/argon2|password_hash|secret_hash/);
  const audited = testDb()
    .prepare("SELECT count(*) FROM audit_log WHERE actor_user_id = ? AND action = 'privacy.export'")
    .pluck()
    .get(owner.id);
  expect(audited).toBe(1);
});

test("only an owner may download owner data", async ({ browser, mentor, admin }) => {
  for (const user of [mentor, admin]) {
    const context = await browser.newContext();
    await signIn(context, user);
    const response = await context.request.get("/account/data.json");
    expect(response.status()).toBe(403);
    await context.close();
  }
  const anonymous = await browser.newContext();
  const response = await anonymous.request.get("/account/data.json", { maxRedirects: 0 });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toMatch(/^\/login\?redirectTo=/);
  await anonymous.close();
});

test("an owner asks for deletion with their password, sees what will happen, and cancels", async ({
  page,
  context,
  owner,
}) => {
  await signIn(context, owner);
  await page.goto("/account/privacy");
  const deletion = page.getByRole("region", { name: "Hapus akun saya" });
  await expect(deletion.getByText("Statistik tanpa nama tetap disimpan", { exact: false })).toBeVisible();
  await expect(deletion.getByText("biasanya dalam 3 hari", { exact: false })).toBeVisible();

  await deletion.getByLabel("Kata sandi Anda").fill("bukan-sandi-saya");
  await deletion.getByRole("button", { name: "Minta penghapusan akun" }).click();
  await expect(page.getByText("Kata sandi salah.")).toBeVisible();
  await expect(deletion.getByLabel("Kata sandi Anda")).toHaveAttribute("aria-invalid", "true");
  expect(deletionRequests(owner.id)).toEqual([]);
  await expectAccessibleAndFittingOnce(page);

  await deletion.getByLabel("Kata sandi Anda").fill(owner.password);
  await deletion.getByRole("button", { name: "Minta penghapusan akun" }).click();
  await expect(page.getByText("Permintaan penghapusan akun Anda terkirim.")).toBeVisible();
  await expect(page.getByText(/Anda meminta penghapusan akun pada .* menunggu administrator/)).toBeVisible();
  expect(deletionRequests(owner.id)).toEqual(["pending"]);
  await expectAccessibleAndFittingOnce(page);

  await page.getByRole("button", { name: "Batalkan permintaan penghapusan" }).click();
  await expect(page.getByText("Permintaan penghapusan dibatalkan. Akun Anda tetap aktif.")).toBeVisible();
  expect(deletionRequests(owner.id)).toEqual(["cancelled"]);
  await expect(page.getByRole("button", { name: "Minta penghapusan akun" })).toBeVisible();
});

test("wrong passwords on the deletion request count against the account's sign-in limit", async ({
  page,
  context,
  owner,
}) => {
  await signIn(context, owner);
  await page.goto("/account/privacy");
  const deletion = page.getByRole("region", { name: "Hapus akun saya" });
  const password = deletion.getByLabel("Kata sandi Anda");
  const submit = deletion.getByRole("button", { name: "Minta penghapusan akun" });
  // login.account allows 5 failures in 15 minutes (decision 0025); each is a real wrong password.
  for (let i = 0; i < 5; i++) {
    await password.fill(`bukan-sandi-${i}`);
    const answered = page.waitForResponse((r) => r.request().method() === "POST");
    await submit.click();
    await answered;
    await expect(page.getByText("Kata sandi salah.")).toBeVisible();
  }
  // The right password is now refused too, with the wait at the form.
  await password.fill(owner.password);
  await submit.click();
  await expect(deletion.getByRole("alert")).toHaveText(
    "Terlalu banyak kata sandi yang salah. Demi keamanan Anda, coba lagi dalam 15 menit.",
  );
  expect(deletionRequests(owner.id)).toEqual([]);
  await expectAccessibleAndFittingOnce(page);

  const response = await context.request.post("/account/privacy", {
    form: { intent: "request", password: owner.password },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect(deletionRequests(owner.id)).toEqual([]);
  const locked = testDb()
    .prepare("SELECT hits FROM rate_limit WHERE key = ?")
    .pluck()
    .get(`login.account:user:${owner.id}`);
  expect(locked).toBe(5);
});

test("the privacy notice shows its version and date, to anyone", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pemberitahuan privasi dan ketentuan penggunaan");
  const notice = page.getByRole("region", { name: "Pemberitahuan privasi" });
  await expect(notice).toContainText(`Versi ${CONSENT_DOCUMENTS.privacy.version}, berlaku sejak 1 November 2026`);
  await expect(page.getByRole("region", { name: "Ketentuan penggunaan" })).toContainText(
    CONSENT_DOCUMENTS.terms.version,
  );
  await expectAccessibleAndFitting(page);
});

test("an owner who accepted an older version is asked again at sign-in", async ({ page, owner }) => {
  const db = testDb();
  db.prepare("DELETE FROM user_consent WHERE user_id = ? AND document = 'terms'").run(owner.id);
  db.prepare("UPDATE user_consent SET version = 'v-lama' WHERE user_id = ? AND document = 'privacy'").run(owner.id);

  await page.goto("/login");
  await page.getByLabel("Email atau nomor HP").fill(owner.email);
  await page.getByLabel("Kata sandi").fill(owner.password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/\/consent\?redirectTo=%2Fowner$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mohon baca dan setujui");
  await expect(page.getByText(`Versi ${CONSENT_DOCUMENTS.terms.version}`, { exact: false })).toBeVisible();
  await expectAccessibleAndFitting(page);

  await page.getByRole("button", { name: "Setuju dan lanjutkan" }).click();
  await expect(page.getByText("Centang kotak persetujuan untuk melanjutkan.")).toBeVisible();
  await page.getByLabel("Saya telah membaca dokumen di atas dan menyetujuinya.").check();
  await page.getByRole("button", { name: "Setuju dan lanjutkan" }).click();
  await expect(page).toHaveURL(/\/owner$/);
  const versions = db
    .prepare("SELECT document || ':' || version FROM user_consent WHERE user_id = ? ORDER BY document, version")
    .pluck()
    .all(owner.id);
  expect(versions).toEqual([
    `privacy:${CONSENT_DOCUMENTS.privacy.version}`,
    "privacy:v-lama",
    `terms:${CONSENT_DOCUMENTS.terms.version}`,
  ]);
  // accepted: the next visit to /consent goes straight on
  await page.goto("/consent");
  await expect(page).toHaveURL(/\/owner$/);
});
