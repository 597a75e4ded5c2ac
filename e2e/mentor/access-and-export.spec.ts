import { expect, logSessionAs, makeEnterprise, makeUser, setTaskStatuses, signIn, test, testDb } from "../fixtures";
import { E2E_BASE_URL } from "../env";
import { todayInIndonesia } from "../../app/utils/dates";

// HTTP-level checks: run once, not per browser project.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "HTTP-level test");

test("another mentor gets 404 on an enterprise outside their caseload; an owner gets 403", async ({
  page,
  context,
  browser,
  mentor,
}) => {
  const { owner, enterpriseId } = await makeEnterprise({ name: `Emping Melinjo ${Date.now().toString(36)}`, mentor });
  setTaskStatuses(enterpriseId, { profile: "submitted" });
  const sessionId = await logSessionAs(mentor, enterpriseId, { sharedNotes: "Catatan", privateNotes: null });
  const stranger = await makeUser("mentor");
  await signIn(context, stranger);

  for (const path of [
    `/mentor/enterprises/${enterpriseId}`,
    `/mentor/reviews/${enterpriseId}/profile`,
    `/mentor/enterprises/${enterpriseId}/sessions/new`,
    `/mentor/enterprises/${enterpriseId}/impact`,
    `/mentor/sessions/${sessionId}`,
  ]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  // Nor can they decide, write or log anything on it.
  const post = (path: string, form: Record<string, string>) =>
    page.request.post(path, { form, headers: { Origin: E2E_BASE_URL }, maxRedirects: 0 });
  expect((await post(`/mentor/reviews/${enterpriseId}/profile`, { decision: "approve" })).status()).toBe(404);
  expect(
    (
      await post(`/mentor/reviews/${enterpriseId}/profile`, { decision: "request_changes", comment: "Perbaiki." })
    ).status(),
  ).toBe(404);
  expect((await post(`/mentor/reviews/${enterpriseId}/profile`, { intent: "comment", body: "Halo" })).status()).toBe(
    404,
  );
  expect(
    (
      await post(`/mentor/enterprises/${enterpriseId}/sessions/new`, {
        heldOn: todayInIndonesia(),
        mode: "telepon",
        durationMinutes: "30",
        topics: "profile",
      })
    ).status(),
  ).toBe(404);
  const db = testDb();
  expect(
    db
      .prepare("SELECT status FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'profile'")
      .pluck()
      .get(enterpriseId),
  ).toBe("submitted");
  expect(db.prepare("SELECT count(*) FROM task_event WHERE enterprise_id = ?").pluck().get(enterpriseId)).toBe(0);
  expect(db.prepare("SELECT count(*) FROM task_comment WHERE enterprise_id = ?").pluck().get(enterpriseId)).toBe(0);
  expect(db.prepare("SELECT count(*) FROM mentoring_session WHERE enterprise_id = ?").pluck().get(enterpriseId)).toBe(
    1,
  );
  // Their own home lists nothing of it.
  await page.goto("/mentor");
  await expect(page.getByText("Belum ada usaha yang ditugaskan kepada Anda.")).toBeVisible();

  const ownerContext = await browser.newContext();
  await signIn(ownerContext, owner);
  for (const path of ["/mentor", "/mentor/reviews", `/mentor/enterprises/${enterpriseId}`, "/mentor/caseload.csv"]) {
    expect((await ownerContext.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  }
  await ownerContext.close();
});

test("the caseload and session exports are CSV for Excel, filtered, and never carry private notes", async ({
  page,
  context,
  mentor,
}) => {
  const tag = Date.now().toString(36);
  const dodol = `Dodol Garut ${tag}`;
  const bakpia = `Bakpia Pathok ${tag}`;
  const [{ enterpriseId }] = await Promise.all([
    makeEnterprise({ name: dodol, mentor, stage: "merek" }),
    makeEnterprise({ name: bakpia, mentor, provinceCode: "34", regencyCode: "34.71" }),
  ]);
  const shared = `Catatan bersama ${tag}: harga jual sudah dihitung.`;
  const secret = `RAHASIA ${tag}: pemilik sedang sakit`;
  await logSessionAs(mentor, enterpriseId, { sharedNotes: shared, privateNotes: secret, durationMinutes: 90 });
  await signIn(context, mentor);

  const caseload = await page.request.get(`/mentor/caseload.csv?q=${encodeURIComponent("dodol")}`);
  expect(caseload.status()).toBe(200);
  expect(caseload.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(caseload.headers()["content-disposition"]).toMatch(/^attachment; filename="usaha-dampingan-.*\.csv"$/);
  const bytes = await caseload.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe(
    "ID,Nama usaha,Pemilik,No. HP/WhatsApp,Kabupaten/kota,Tahap,Kemajuan (%),Tugas menunggu tinjauan,Kegiatan terakhir,Tindak lanjut,Macet,Kelas usaha,NIB,Tanggal Go Online",
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(new RegExp(`^${enterpriseId},${dodol},`));
  expect(lines[1]).toContain(",Merek,");
  expect(text).not.toContain(bakpia);

  const month = todayInIndonesia().slice(0, 7);
  const sessions = await page.request.get(`/mentor/sessions.csv?month=${month}`);
  expect(sessions.status()).toBe(200);
  expect(sessions.headers()["content-type"]).toMatch(/^text\/csv/);
  const sessionsText = (await sessions.body()).toString("utf8");
  expect(sessionsText.startsWith("\uFEFF")).toBe(true);
  expect(sessionsText).toContain(
    "Tanggal,Usaha,Pemilik,Cara,Lama (menit),Topik,Catatan untuk pemilik,Langkah berikutnya,Tindak lanjut",
  );
  expect(sessionsText).toContain(shared);
  expect(sessionsText).toContain(dodol);
  expect(sessionsText).toContain(",90,");
  expect(sessionsText).not.toContain(secret);
  expect(sessionsText).not.toContain("RAHASIA");
  expect((await page.request.get("/mentor/sessions.csv?month=2026-13")).status()).toBe(400);
});
