import {
  assignMentor,
  expect,
  expectAccessibleAndFittingOnce,
  expectNotInPage,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
} from "../fixtures";
import { todayInIndonesia } from "../../app/utils/dates";

// A long flow; axe (in the JavaScript project) on five pages.
test.describe.configure({ timeout: 90_000 });
// On a phone: every page checked must fit 360 px without sideways scrolling.
test.use({ viewport: { width: 360, height: 740 } });

type SessionRow = {
  id: number;
  mode: string;
  duration_minutes: number;
  topics: string;
  shared_notes: string | null;
  private_notes: string | null;
};

function sessionsOf(enterpriseId: number) {
  return testDb()
    .prepare(
      "SELECT id, mode, duration_minutes, topics, shared_notes, private_notes FROM mentoring_session WHERE enterprise_id = ? ORDER BY id",
    )
    .all(enterpriseId) as SessionRow[];
}

test("a mentor logs, edits and later corrects a session; the owner never sees the private notes", async ({
  page,
  context,
  browser,
  mentor,
}) => {
  const tag = `${test.info().project.name}-${Date.now().toString(36)}`;
  const name = `Kopi Gayo ${tag}`;
  const ownerContext = await browser.newContext();
  const owner = await ownerWithSubmittedProfile(ownerContext, ["processed_food"], { name });
  const enterpriseId = owner.enterpriseId;
  assignMentor(mentor, enterpriseId);
  await signIn(context, mentor);

  const shared = `Foto produk sudah bagus; lanjutkan label kemasan (${tag}).`;
  const editedShared = `Foto produk sudah bagus; label kemasan minggu depan (${tag}).`;
  const secret = `RAHASIA-${tag}: pemilik ragu soal modal`;
  const editedSecret = `RAHASIA-${tag}-ubah: utang ke pemasok`;
  const correction = `Koreksi ${tag}: labelnya untuk kemasan 250 gram.`;
  const secretCorrection = `RAHASIA-${tag}-koreksi: bicarakan lagi soal utang`;

  await page.goto(`/mentor/enterprises/${enterpriseId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: "Catat sesi pendampingan" }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/enterprises/${enterpriseId}/sessions/new$`));

  // Missing mode and topics, a bad duration: errors beside the fields, nothing saved.
  await page.getByLabel("Lama (menit)").fill("sejam");
  await page.getByLabel("Catatan untuk pemilik").fill(shared);
  await page.getByRole("button", { name: "Simpan sesi" }).click();
  await expect(page.getByRole("alert")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(page.getByText("Pilih cara pendampingan.")).toBeVisible();
  await expect(page.getByText("Tulis lama pendampingan dalam menit, 1 sampai 720.")).toBeVisible();
  await expect(page.getByText("Pilih paling sedikit satu topik.")).toBeVisible();
  await expect(page.getByLabel("Lama (menit)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Catatan untuk pemilik")).toHaveValue(shared);
  await expectAccessibleAndFittingOnce(page);
  expect(sessionsOf(enterpriseId)).toEqual([]);

  // A valid session with notes for the owner and private ones.
  const mode = page.getByRole("group", { name: "Cara pendampingan" });
  const topics = page.getByRole("group", { name: "Topik" });
  await mode.getByLabel("Kunjungan").check();
  await page.getByLabel("Lama (menit)").fill("45");
  await topics.getByLabel("Profil usaha").check();
  await topics.getByLabel("Merek", { exact: true }).check();
  await page.getByLabel("Catatan pribadi (hanya pendamping dan admin)").fill(secret);
  await page.getByRole("button", { name: "Simpan sesi" }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/enterprises/${enterpriseId}\\?saved=session#record-sessions$`));
  await expect(page.getByRole("status").filter({ hasText: "Sesi pendampingan tersimpan." })).toBeVisible();
  const record = page.getByRole("region", { name: "Sesi pendampingan" });
  await expect(record.getByText(shared)).toBeVisible();
  await expect(record.getByText(secret)).toBeVisible();
  await expect(record.getByText("Kunjungan · 45 menit", { exact: false })).toBeVisible();
  await expectAccessibleAndFittingOnce(page);
  const [session] = sessionsOf(enterpriseId);
  expect(session).toMatchObject({
    mode: "kunjungan",
    duration_minutes: 45,
    shared_notes: shared,
    private_notes: secret,
  });
  expect(JSON.parse(session!.topics)).toEqual(["profile", "brand"]);

  // Within 7 days the session itself is edited.
  await record.getByRole("link", { name: /^Ubah sesi/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ubah sesi pendampingan");
  await expect(page.getByLabel("Catatan untuk pemilik")).toHaveValue(shared);
  await page.getByLabel("Lama (menit)").fill("50");
  await page.getByLabel("Catatan untuk pemilik").fill(editedShared);
  await page.getByLabel("Catatan pribadi (hanya pendamping dan admin)").fill(editedSecret);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/enterprises/${enterpriseId}\\?saved=session`));
  await expect(record.getByText(editedShared)).toBeVisible();
  await expect(record.getByText(shared)).toHaveCount(0);
  await expect(record.getByText("50 menit", { exact: false })).toBeVisible();
  expect(sessionsOf(enterpriseId)).toEqual([
    expect.objectContaining({
      id: session!.id,
      duration_minutes: 50,
      shared_notes: editedShared,
      private_notes: editedSecret,
    }),
  ]);

  // Eight days later it is locked: only corrections are appended; the original stays.
  testDb().prepare("UPDATE mentoring_session SET created_at = created_at - 8 * 86400 WHERE id = ?").run(session!.id);
  await page.reload();
  await record.getByRole("link", { name: /^Tambah koreksi/ }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/sessions/${session!.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Koreksi sesi pendampingan");
  await expect(page.getByText("Sesi ini dicatat lebih dari 7 hari lalu", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan perubahan" })).toHaveCount(0);
  await expect(page.getByLabel("Lama (menit)")).toHaveCount(0);
  await expect(page.getByText(editedShared)).toBeVisible();
  await page.getByLabel("Koreksi untuk pemilik usaha").fill(correction);
  await page.getByLabel("Koreksi pribadi").fill(secretCorrection);
  await page.getByRole("button", { name: "Tambahkan koreksi" }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/enterprises/${enterpriseId}\\?saved=session`));
  await expect(record.getByText(`Koreksi oleh ${mentor.fullName}`, { exact: false })).toBeVisible();
  await expect(record.getByText(correction)).toBeVisible();
  await expect(record.getByText(secretCorrection, { exact: false })).toBeVisible();
  await expect(record.getByText(editedShared)).toBeVisible();
  expect(sessionsOf(enterpriseId)).toEqual([expect.objectContaining({ shared_notes: editedShared })]);
  expect(
    testDb()
      .prepare("SELECT shared_note, private_note FROM mentoring_session_correction WHERE session_id = ?")
      .all(session!.id),
  ).toEqual([{ shared_note: correction, private_note: secretCorrection }]);

  // This month's totals: one session of 50 minutes with one enterprise.
  await page.goto("/mentor/sessions");
  const month = todayInIndonesia().slice(0, 7);
  const monthName = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
  await expect(page.getByRole("row", { name: monthName }).getByRole("cell")).toHaveText(["1", "0,8", "1"]);
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expectAccessibleAndFittingOnce(page);

  // The owner reads the shared notes and the correction; no private note reaches any owner page.
  const ownerPage = await ownerContext.newPage();
  await ownerPage.goto("/owner/sessions");
  await expect(ownerPage.getByText(editedShared)).toBeVisible();
  await expect(ownerPage.getByText(correction)).toBeVisible();
  await expectAccessibleAndFittingOnce(ownerPage);
  const secrets = [secret, editedSecret, secretCorrection, `RAHASIA-${tag}`];
  for (const path of [
    "/owner/sessions",
    "/owner",
    "/notifications",
    "/owner/tasks/profile",
    "/owner/messages/profile",
  ]) {
    await ownerPage.goto(path);
    for (const text of secrets) await expectNotInPage(ownerPage, text);
  }
  await ownerPage.goto("/owner");
  await expect(ownerPage.getByRole("link", { name: "Catatan pendampingan (1)" })).toBeVisible();
  // Told three times: the new session, the changed notes, the correction; private notes never count.
  await ownerPage.goto("/notifications");
  await expect(ownerPage.getByText(`${mentor.fullName} menulis catatan pendampingan untuk Anda`)).toHaveCount(3);
  expect(
    testDb()
      .prepare("SELECT kind, user_id AS userId FROM notification WHERE enterprise_id = ? ORDER BY id")
      .all(enterpriseId),
  ).toEqual(Array(3).fill({ kind: "session_notes", userId: owner.id }));
  await ownerPage.goto("/owner/impact");
  await expect(ownerPage.getByRole("heading", { level: 1 })).toHaveText("Perkembangan usaha");
  await expectAccessibleAndFittingOnce(ownerPage);
  await ownerContext.close();
});
