import type { BrowserContext, Page } from "@playwright/test";
import Papa from "papaparse";
import { notify } from "../../app/lib/mentoring/notifications.server";
import { todayInIndonesia } from "../../app/utils/dates";
import {
  assignMentor,
  expect,
  logSessionAs,
  makeUser,
  setTestClock,
  signIn,
  test,
  testDb,
  type TestUser,
} from "../fixtures";

// Output safety (docs/security.md §3): text typed by users reaches every page as text, never as
// markup, and every CSV export neutralises cells that a spreadsheet would run as a formula.
test.describe.configure({ timeout: 120_000 });

const tag = () => Date.now().toString(36);
/** A formula, a script and an image with an error handler in one business name (under 120 characters). */
const evilName = (t: string) =>
  `=HYPERLINK("http://evil","x")<script>alert(1)</script><img src=x onerror=alert(2)> ${t}`;

/** Fails the test on any dialog: an alert() that ran. */
function failOnDialog(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened on ${page.url()}: ${dialog.message()}`);
  });
}

/** The page shows `text` as text, and nothing of it became an element. */
async function expectShownAsText(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  expect(await page.locator('img[src="x"]').count(), `${page.url()}: an injected <img>`).toBe(0);
  expect(
    await page
      .locator("script")
      .evaluateAll((scripts) => scripts.filter((s) => s.textContent?.trim() === "alert(1)").length),
    `${page.url()}: an injected <script>`,
  ).toBe(0);
  expect(await page.locator('a[href^="http://evil"]').count(), `${page.url()}: an injected link`).toBe(0);
  // Not even in the serialized loader data: Remix writes "<" there as \u003c.
  const html = await page.content();
  expect(html).not.toContain("<script>alert(1)");
  expect(html).not.toContain("<img src=x");
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith("\uFEFF")).toBe(true);
  return Papa.parse<string[]>(text.slice(1).trim(), { newline: "\r\n" }).data;
}

/** No cell of the export starts like a formula, unless it is a number the app wrote as one. */
function expectNoFormulaCells(rows: string[][], where: string) {
  for (const row of rows)
    for (const cell of row)
      if (!/^-?\d+(\.\d+)?$/.test(cell))
        expect(cell, `${where}: a cell starts like a formula`).not.toMatch(/^\s*[=+\-@\t\r\n]/);
}

async function downloadCsv(context: BrowserContext, path: string): Promise<string[][]> {
  const response = await context.request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows = parseCsv(await response.text());
  expectNoFormulaCells(rows, path);
  return rows;
}

async function fillProfile(page: Page, name: string, localPhone: string) {
  await page.getByLabel("Nama usaha").fill(name);
  await page.getByLabel("Bentuk usaha").selectOption({ label: "Perorangan (usaha sendiri)" });
  await page.getByLabel("Makanan & minuman olahan (dalam kemasan)").check();
  await page.getByLabel("Provinsi").selectOption({ label: "Jawa Barat" });
  await page.getByLabel("Kabupaten/kota").selectOption({ label: "Kabupaten Garut" });
  await page.getByLabel("Alamat usaha").fill("Jl. Cimanuk No. 12, RT 02/RW 05, Kec. Tarogong Kidul");
  await page.getByLabel("Nomor WhatsApp usaha").fill(localPhone);
  await page.getByLabel("Tahun mulai usaha").fill("2019");
  await page.getByLabel("Jumlah pekerja").fill("3");
  await page.getByLabel("Modal usaha (tanpa tanah dan bangunan)").fill("15.000.000");
  await page.getByLabel("Omzet setahun terakhir").fill("96.000.000");
  await page.getByLabel("Omzet rata-rata per bulan saat ini").fill("8.000.000");
  await page.getByLabel("WhatsApp", { exact: true }).check();
}

test("a business name with a formula and markup is shown as text on every page and neutralised in every CSV", async ({
  page,
  context,
  browser,
  mentor,
  admin,
}) => {
  const t = tag();
  const name = evilName(t);
  // The owner's own name is user text too: on the task list, in notifications and in exports.
  const owner: TestUser = await makeUser("owner", { fullName: `@SUM(1+1) <b>Siti</b> ${t}` });
  failOnDialog(page);
  await signIn(context, owner);

  // The owner's home creates the enterprise; the mentor is assigned before the profile names a
  // regency, so the automatic assignment leaves it with this mentor.
  await page.goto("/owner");
  await expectShownAsText(page, owner.fullName);
  const enterpriseId = testDb()
    .prepare("SELECT id FROM enterprise WHERE owner_user_id = ?")
    .pluck()
    .get(owner.id) as number;
  assignMentor(mentor, enterpriseId);

  // Through the real form.
  await page.goto("/owner/tasks/profile");
  await fillProfile(page, name, owner.localPhone!);
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=profile$/);
  expect(testDb().prepare("SELECT name FROM enterprise WHERE id = ?").pluck().get(enterpriseId)).toBe(name);
  await page.goto("/owner/tasks/profile");
  await expect(page.getByLabel("Nama usaha")).toHaveValue(name);

  // A session whose notes for the owner begin with a formula on a line of their own.
  const notes = `=1+2\n@SUM(A1) <i>catatan</i> ${t}`;
  await logSessionAs(mentor, enterpriseId, { sharedNotes: notes, privateNotes: null });
  await page.goto("/owner/sessions");
  await expectShownAsText(page, `@SUM(A1) <i>catatan</i> ${t}`);

  // The mentor's pages.
  const mentorContext = await browser.newContext();
  const mentorPage = await mentorContext.newPage();
  failOnDialog(mentorPage);
  await signIn(mentorContext, mentor);
  await mentorPage.goto("/mentor");
  await expect(mentorPage.getByRole("link", { name, exact: true })).toBeVisible();
  await expectShownAsText(mentorPage, name);
  await mentorPage.goto("/notifications");
  await expectShownAsText(mentorPage, name);
  await expectShownAsText(mentorPage, owner.fullName);
  await mentorPage.goto(`/mentor/enterprises/${enterpriseId}`);
  await expect(mentorPage.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectShownAsText(mentorPage, name);
  await mentorPage.goto(`/mentor/reviews/${enterpriseId}/profile`);
  await expectShownAsText(mentorPage, name);
  await mentorPage.getByRole("button", { name: "Setujui" }).click();
  await expect(mentorPage).toHaveURL(/\/mentor\/reviews\?decided=approve$/);

  // A month later, nobody has been active: the caseload offers a WhatsApp message with the names
  // in it, URL-encoded into the wa.me link.
  await setTestClock(mentorContext, Math.floor(Date.now() / 1000) + 30 * 24 * 60 * 60);
  await mentorPage.goto("/mentor?view=stalled");
  const whatsapp = mentorPage.getByRole("link", { name: /Hubungi lewat WhatsApp/ }).first();
  const href = (await whatsapp.getAttribute("href"))!;
  expect(href).toMatch(/^https:\/\/wa\.me\/\d+\?text=[^\s<>"]+$/);
  const message = new URL(href).searchParams.get("text")!;
  expect(message).toContain(name);
  expect(message).toContain(owner.fullName);

  // Go Online: the owner's certificate, final review and notification.
  testDb()
    .prepare("UPDATE enterprise SET go_online_at = ? WHERE id = ?")
    .run(Math.floor(Date.now() / 1000), enterpriseId);
  notify(testDb(), { userId: owner.id, kind: "graduated", enterpriseId, actorUserId: mentor.id });
  await page.goto("/owner/certificate");
  const certificate = page.getByRole("article", { name: "Sertifikat Go Online" });
  await expect(certificate.getByText(name, { exact: true })).toBeVisible();
  await expectShownAsText(page, name);
  await page.goto("/owner/tasks/final-review");
  await expectShownAsText(page, name);
  await page.goto("/notifications");
  await expectShownAsText(page, name);

  // The exports: the mentor's caseload and sessions, the administrator's enterprises and sessions.
  const quoted = `'${name}`;
  const caseload = await downloadCsv(mentorContext, "/mentor/caseload.csv");
  const caseloadRow = caseload.find((row) => row[0] === String(enterpriseId))!;
  expect(caseloadRow[1]).toBe(quoted);
  expect(caseloadRow[2]).toBe(`'${owner.fullName}`);
  // The phone (E.164) is text: it gets the quote too, and a spreadsheet keeps its "+" and digits.
  expect(caseloadRow[3]).toMatch(/^'\+62\d+$/);
  // Numeric columns stay numbers.
  expect(caseloadRow[6]).toMatch(/^\d+$/);

  const month = todayInIndonesia().slice(0, 7);
  const sessions = await downloadCsv(mentorContext, `/mentor/sessions.csv?month=${month}`);
  const sessionRow = sessions.find((row) => row[1] === quoted)!;
  expect(sessionRow[2]).toBe(`'${owner.fullName}`);
  expect(sessionRow[6]).toBe(`'${notes}`);
  await mentorContext.close();

  const adminContext = await browser.newContext();
  await signIn(adminContext, admin);
  const enterprises = await downloadCsv(adminContext, "/admin/exports/enterprises.csv?province=32&regency=32.05");
  expect(enterprises.find((row) => row[0] === String(enterpriseId))?.[1]).toBe(quoted);
  const today = todayInIndonesia();
  const adminSessions = await downloadCsv(
    adminContext,
    `/admin/exports/sessions.csv?from=${today}&to=${today}&province=32`,
  );
  const adminSessionRow = adminSessions.find((row) => row[1] === String(enterpriseId))!;
  expect(adminSessionRow[2]).toBe(quoted);
  expect(adminSessionRow[9]).toBe(`'${notes}`);
  await adminContext.close();
});
