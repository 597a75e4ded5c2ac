import type { Page } from "@playwright/test";
import { E2E_BASE_URL } from "../env";
import {
  assignMentor,
  expect,
  expectAccessibleAndFittingOnce,
  makeUser,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
} from "../fixtures";

// Year 2031 is this spec's own. Both projects run at once against one database, so each project
// edits its own provinces (the form writes only the fields that changed) and sets the national
// target to the same value.
const YEAR = 2031;
const PROVINCES = {
  js: { saved: ["Aceh", "Sumatera Utara"], refused: ["Jambi", "Sumatera Selatan"] },
  "no-js": { saved: ["Sumatera Barat", "Riau"], refused: ["Bengkulu", "Lampung"] },
} as const;

test.use({ viewport: { width: 360, height: 740 } });

function provincesFor(project: string) {
  return PROVINCES[project as keyof typeof PROVINCES];
}

function storedTarget(provinceName: string | null): number | null {
  const row = testDb()
    .prepare(
      `SELECT t.target FROM programme_target t
       WHERE t.year = ? AND t.province_code = coalesce((SELECT code FROM region WHERE level = 'province' AND name = ?), '')`,
    )
    .get(YEAR, provinceName) as { target: number } | undefined;
  return row?.target ?? null;
}

function auditsBy(actorId: number, action: string) {
  return (
    testDb()
      .prepare(
        "SELECT ip, subject_id AS subjectId, details FROM audit_log WHERE actor_user_id = ? AND action = ? ORDER BY id",
      )
      .all(actorId, action) as { ip: string | null; subjectId: string | null; details: string | null }[]
  ).map((row) => ({ ...row, details: row.details === null ? null : JSON.parse(row.details) }));
}

/** A whole number that differs from run to run, shown the Indonesian way. */
function someTarget(): { value: number; typed: string; shown: string } {
  const value = 1000 + Math.floor(Math.random() * 900_000);
  return { value, typed: String(value), shown: new Intl.NumberFormat("id-ID").format(value) };
}

async function openSettings(page: Page) {
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Menu administrasi" }).getByRole("link", { name: "Pengaturan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengaturan program");
  await page.getByLabel("Tahun", { exact: true }).selectOption(String(YEAR));
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/settings\\?year=${YEAR}$`));
  await expect(page.getByRole("heading", { name: `Target usaha Go Online tahun ${YEAR}` })).toBeVisible();
}

test("an administrator sets the 2031 targets and sees them after reloading; the database holds them", async ({
  page,
  context,
  admin,
}) => {
  const [first, second] = provincesFor(test.info().project.name).saved;
  const a = someTarget();
  const b = someTarget();
  await signIn(context, admin);
  await openSettings(page);
  await expectAccessibleAndFittingOnce(page);

  await page.getByLabel("Target nasional").fill("250.000");
  await page.getByLabel(first, { exact: true }).fill(a.shown);
  await page.getByLabel(second, { exact: true }).fill(b.typed);
  await page.getByRole("button", { name: `Simpan target ${YEAR}` }).click();
  await expect(page).toHaveURL(new RegExp(`year=${YEAR}&saved=targets$`));
  await expect(page.getByRole("status")).toHaveText(`Target tahun ${YEAR} tersimpan.`);

  await page.reload();
  await expect(page.getByLabel("Target nasional")).toHaveValue("250.000");
  await expect(page.getByLabel(first, { exact: true })).toHaveValue(a.shown);
  await expect(page.getByLabel(second, { exact: true })).toHaveValue(b.shown);
  await expect(page.getByText(/jumlah target provinsi yang tersimpan [\d.]+ usaha/)).toBeVisible();
  expect([storedTarget(null), storedTarget(first), storedTarget(second)]).toEqual([250_000, a.value, b.value]);

  const [audit] = auditsBy(admin.id, "settings.targets");
  expect(audit?.subjectId).toBe(String(YEAR));
  expect(audit?.ip).toBeTruthy();
  expect(audit?.details.changes).toMatchObject({ [codeOf(first)]: [null, a.value], [codeOf(second)]: [null, b.value] });
  // Another year is untouched.
  await page.goto("/admin/settings?year=2032");
  await expect(page.getByLabel(first, { exact: true })).toHaveValue("");
});

function codeOf(provinceName: string): string {
  return testDb()
    .prepare("SELECT code FROM region WHERE level = 'province' AND name = ?")
    .pluck()
    .get(provinceName) as string;
}

test("a target that is not a whole number is refused at its field and nothing is saved", async ({
  page,
  context,
  admin,
}) => {
  const [good, bad] = provincesFor(test.info().project.name).refused;
  await signIn(context, admin);
  await openSettings(page);
  const before = [storedTarget(good), storedTarget(bad)];

  await page.getByLabel(good, { exact: true }).fill("4.000");
  await page.getByLabel(bad, { exact: true }).fill("1,5");
  await page.getByRole("button", { name: `Simpan target ${YEAR}` }).click();
  await expect(page.getByRole("alert").first()).toContainText("Ada 1 isian yang belum benar");
  const field = page.getByLabel(bad, { exact: true });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/Tulis bilangan bulat dari 0 sampai 100\.000\.000 tanpa koma/);
  // What was typed stays for correcting.
  await expect(field).toHaveValue("1,5");
  await expect(page.getByLabel(good, { exact: true })).toHaveValue("4.000");
  await expectAccessibleAndFittingOnce(page);
  expect([storedTarget(good), storedTarget(bad)]).toEqual(before);
  expect(auditsBy(admin.id, "settings.targets")).toEqual([]);

  const response = await page.request.post(`/admin/settings?year=${YEAR}`, {
    form: { intent: "targets", year: String(YEAR), national: "-3" },
    headers: { Origin: E2E_BASE_URL },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(auditsBy(admin.id, "settings.targets")).toEqual([]);
});

test("the stalled threshold is explained, refused outside 1–365 days, and saving it is audited", async ({
  page,
  context,
  admin,
}) => {
  await signIn(context, admin);
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Kapan usaha dianggap macet" })).toBeVisible();
  await expect(page.getByText(/dianggap macet bila selama sekian hari tidak ada kegiatan/)).toBeVisible();
  const days = page.getByLabel("Jumlah hari tanpa kegiatan");
  await expect(days).toHaveValue("14");

  await days.fill("400");
  await page.getByRole("button", { name: "Simpan batas hari" }).click();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Tulis jumlah hari dari 1 sampai 365.")).toBeVisible();
  expect(auditsBy(admin.id, "settings.stalled_after_days")).toEqual([]);

  // Other specs rely on 14 days: this one saves the value unchanged (unit tests cover changes).
  await days.fill("14");
  await page.getByRole("button", { name: "Simpan batas hari" }).click();
  await expect(page.getByRole("status")).toHaveText("Batas usaha macet tersimpan: 14 hari.");
  const audits = auditsBy(admin.id, "settings.stalled_after_days");
  expect(audits).toEqual([{ ip: expect.any(String), subjectId: "stalled_after_days", details: { old: 14, new: 14 } }]);
  expect(testDb().prepare("SELECT value FROM app_setting WHERE key = 'stalled_after_days'").pluck().get()).toBe("14");
});

test("the audit log shows a mentor's sign-in, review and download with the IP, filtered by actor and action", async ({
  page,
  context,
  browser,
  admin,
}) => {
  const mentor = await makeUser("mentor");
  const name = `Dodol Audit ${test.info().project.name}-${Date.now().toString(36)}`;
  const ownerContext = await browser.newContext();
  const owner = await ownerWithSubmittedProfile(ownerContext, ["processed_food"], { name });
  await ownerContext.close();
  assignMentor(mentor, owner.enterpriseId);

  // The mentor signs in through the login form, approves the profile and downloads the caseload.
  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  await mentorPage.goto("/login");
  await mentorPage.getByLabel("Email atau nomor HP").fill(mentor.email);
  await mentorPage.getByLabel("Kata sandi").fill(mentor.password);
  await mentorPage.getByRole("button", { name: "Masuk" }).click();
  await expect(mentorPage).toHaveURL(/\/mentor$/);
  await mentorPage.goto(`/mentor/reviews/${owner.enterpriseId}/profile`);
  await mentorPage.getByRole("button", { name: "Setujui" }).click();
  await expect(mentorPage).toHaveURL(/\/mentor\/reviews\?decided=approve$/);
  expect((await mentorPage.request.get("/mentor/caseload.csv?q=dodol")).status()).toBe(200);
  await mentorContext.close();

  const [login] = auditsBy(mentor.id, "auth.login");
  const [review] = auditsBy(mentor.id, "review.approve");
  const [download] = auditsBy(mentor.id, "export.caseload");
  expect(review).toEqual({ ip: login!.ip, subjectId: String(owner.enterpriseId), details: { task: "profile" } });
  expect(download).toEqual({
    ip: login!.ip,
    subjectId: String(mentor.id),
    details: { filters: { q: "dodol" }, rows: 1 },
  });
  const ip = login!.ip!;
  expect(ip).toMatch(/\d/);

  await signIn(context, admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Menu administrasi" }).getByRole("link", { name: "Log audit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log audit");
  await expectAccessibleAndFittingOnce(page);

  await page.getByLabel("Email pelaku").fill(mentor.email.toUpperCase());
  await page.getByRole("button", { name: "Terapkan saringan" }).click();
  await expect(page.getByRole("status")).toHaveText("3 catatan di halaman ini.");
  const entries = page.getByRole("list", { name: "Catatan audit, terbaru di atas" }).getByRole("listitem");
  await expect(entries).toHaveCount(3);
  // Newest first: the download, the approval, the sign-in; each with who and from where.
  await expect(entries.nth(0)).toContainText("Unduh daftar dampingan (CSV)");
  await expect(entries.nth(0)).toContainText("1 baris; saringan: q=dodol");
  await expect(entries.nth(1)).toContainText("Tugas disetujui");
  await expect(entries.nth(1)).toContainText(`Usaha nomor ${owner.enterpriseId}`);
  await expect(entries.nth(2)).toContainText("Masuk");
  for (const i of [0, 1, 2]) {
    await expect(entries.nth(i)).toContainText(`${mentor.fullName} (${mentor.email})`);
    await expect(entries.nth(i)).toContainText(ip);
    await expect(entries.nth(i)).toContainText(/ \d{4}, \d{2}\.\d{2} WIB/);
  }
  await expectAccessibleAndFittingOnce(page);

  await page.getByLabel("Kegiatan").selectOption({ label: "Tugas disetujui" });
  await page.getByRole("button", { name: "Terapkan saringan" }).click();
  await expect(page).toHaveURL(/action=review\.approve/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Tugas: profile");

  // By subject and by IP, the same approval.
  await page.goto(`/admin/audit?subjectType=enterprise&subjectId=${owner.enterpriseId}&action=review.approve`);
  await expect(entries).toHaveCount(1);
  await page.goto(`/admin/audit?actor=${encodeURIComponent(mentor.email)}&ip=${encodeURIComponent(ip)}`);
  await expect(entries).toHaveCount(3);
});

test("bad audit filters are named at their field with a 400; unknown emails say so", async ({
  page,
  context,
  admin,
}) => {
  await signIn(context, admin);
  const response = await page.goto("/admin/audit?actor=bukan-email&from=2031-02-30&ip=abc");
  expect(response?.status()).toBe(400);
  await expect(page.getByRole("alert")).toHaveText("Saringan belum benar. Periksa kolom yang ditandai merah.");
  await expect(page.getByLabel("Email pelaku")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email pelaku")).toHaveAccessibleDescription(/Tulis alamat email lengkap/);
  await expect(page.getByLabel("Dari tanggal")).toHaveAccessibleDescription(/Tulis tanggal yang benar/);
  await expect(page.getByLabel("Alamat IP")).toHaveAccessibleDescription(/Tulis alamat IP lengkap/);
  await expectAccessibleAndFittingOnce(page);

  const unknown = await page.goto("/admin/audit?actor=tidak-ada-akun%40e2e.test");
  expect(unknown?.status()).toBe(200);
  await expect(page.getByText("Tidak ada akun dengan email ini, jadi tidak ada catatannya.")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("Tidak ada catatan yang cocok dengan saringan ini.");
});

test("only administrators may open or change settings and the audit log", async ({ page, context, mentor }) => {
  const owner = await makeUser("owner");
  await signIn(context, mentor);
  for (const path of ["/admin/settings", `/admin/settings?year=${YEAR}`, "/admin/audit"]) {
    expect((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  }
  const post = await page.request.post("/admin/settings", {
    form: { intent: "stalled", days: "30" },
    headers: { Origin: E2E_BASE_URL },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(403);
  expect(auditsBy(mentor.id, "settings.stalled_after_days")).toEqual([]);

  await context.clearCookies();
  await signIn(context, owner);
  expect((await page.request.get("/admin/audit", { maxRedirects: 0 })).status()).toBe(403);
  await context.clearCookies();
  const anonymous = await page.request.get("/admin/settings", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(302);
  expect(anonymous.headers().location).toContain("/login?redirectTo=%2Fadmin%2Fsettings");
});
