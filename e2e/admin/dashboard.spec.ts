import Papa from "papaparse";
import type { Page } from "@playwright/test";
import { TEST_CLOCK_COOKIE } from "../../app/lib/clock.server";
import { E2E_BASE_URL } from "../env";
import { expect, expectAccessibleAndFittingOnce, setTestClock, signIn, test, testDb } from "../fixtures";
import {
  FORMULA_NOTE,
  NOW,
  PRIVATE_NOTE,
  SEEDED,
  TARGET_65,
  dayAgo,
  expectedFigures,
  seedDashboardData,
} from "./dashboard-helpers";

const in65 = SEEDED.filter((e) => e.province === "65");
const in96 = SEEDED.filter((e) => e.province === "96");

let seeded: ReturnType<typeof seedDashboardData>;
test.beforeAll(() => {
  seeded = seedDashboardData();
});

test.beforeEach(async ({ context, admin }) => {
  await setTestClock(context, NOW);
  await signIn(context, admin);
});

const days = (n: number | null) => `${new Intl.NumberFormat("id-ID").format(n!)} hari`;
const figure = (page: Page, id: string) => page.locator(`[data-figure="${id}"] dd`);

/** Monday of the week of a yyyy-mm-dd day, by the weekday of the date itself. */
function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

test("the dashboard for Kalimantan Utara shows the exact figures of the seeded businesses", async ({ page }) => {
  const expected = expectedFigures(in65);
  await page.goto("/admin?province=65");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Selamat datang");
  await expect(page.getByText("Provinsi Kalimantan Utara", { exact: true })).toBeVisible();

  await expect(figure(page, "registered")).toHaveText(String(expected.registered));
  await expect(figure(page, "active")).toHaveText(String(expected.active));
  await expect(figure(page, "go-online")).toHaveText(String(expected.goOnline));
  await expect(figure(page, "shop")).toHaveText(String(expected.shop));
  await expect(figure(page, "sale")).toHaveText(String(expected.sale));
  await expect(figure(page, "median")).toHaveText(days(expected.median));
  await expect(figure(page, "period-registered")).toHaveText(String(expected.periodRegistered));
  await expect(figure(page, "period-go-online")).toHaveText(String(expected.periodGoOnline));
  // Sanity: the set is not trivial, so the figures above can tell right from wrong.
  expect(new Set([expected.registered, expected.active, expected.goOnline, expected.shop, expected.sale]).size).toBe(5);

  // The funnel: at each step now, and reached it or further.
  const funnel = page.getByRole("table", { name: "Jumlah usaha per langkah perjalanan" });
  const stageNames = {
    usaha: "Dasar usaha",
    merek: "Merek",
    produk: "Produk",
    online: "Jualan online",
    selesai: "Menunggu kelulusan",
    go_online: "Go Online",
  } as const;
  for (const [stage, label] of Object.entries(stageNames) as [keyof typeof stageNames, string][]) {
    const row = funnel.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
    await expect(row.getByRole("cell").nth(0)).toHaveText(String(expected.stageCounts[stage]));
    await expect(row.getByRole("cell").nth(1)).toContainText(String(expected.reached[stage]));
  }

  // The drill-down: this province's regencies, and those who have not given one yet.
  const table = page.getByRole("table", { name: "Usaha terdaftar dan Go Online per kabupaten/kota" });
  await expect(page.getByRole("heading", { name: "Per kabupaten/kota di Kalimantan Utara" })).toBeVisible();
  const regencies: [string, string | null][] = [
    ["Kota Tarakan", "65.71"],
    ["Kabupaten Bulungan", "65.01"],
    ["Kabupaten Malinau", "65.02"],
    ["Kabupaten Nunukan", "65.03"],
    ["Kabupaten Tana Tidung", "65.04"],
    ["Belum diisi", null],
  ];
  for (const [name, code] of regencies) {
    const here = in65.filter((e) => e.regency === code);
    const cells = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
      .getByRole("cell");
    await expect(cells).toHaveText([
      String(here.length),
      String(here.filter((e) => e.stage === "go_online").length),
      String(here.filter((e) => e.shop).length),
      String(here.filter((e) => e.sale).length),
    ]);
  }
  await expect(table.getByRole("row").last().getByRole("cell").first()).toHaveText(String(expected.registered));

  // The weekly chart: an image with a text alternative, and the same numbers in a table.
  const chart = page.getByRole("img", { name: "Pendaftaran dan Go Online per minggu" });
  await expect(chart).toBeVisible();
  await expect(page.locator("#weekly-chart-desc")).toContainText(
    `${expected.periodRegistered} usaha mendaftar dan ${expected.periodGoOnline} usaha Go Online`,
  );
  await page.getByText("Lihat angkanya dalam tabel").click();
  const weeks = page.getByRole("table", { name: /Pendaftaran dan Go Online per minggu/ });
  await expect(weeks.getByRole("row")).toHaveCount(27);
  for (const [monday, label] of [
    ["2026-06-08", "8 Jun 2026"],
    ["2026-06-01", "1 Jun 2026"],
    ["2026-05-04", "4 Mei 2026"],
  ]) {
    const registered = in65.filter((e) => mondayOf(dayAgo(e.createdDaysAgo)) === monday).length;
    const online = in65.filter(
      (e) => e.goOnlineDaysAgo !== undefined && mondayOf(dayAgo(e.goOnlineDaysAgo)) === monday,
    ).length;
    const row = weeks.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
    await expect(row.getByRole("cell")).toHaveText([String(registered), String(online)]);
  }

  await page.setViewportSize({ width: 360, height: 800 });
  await expectAccessibleAndFittingOnce(page);
});

test("the province table shows Go Online this year against the target and leads to the regencies", async ({ page }) => {
  const expected = expectedFigures(in65);
  await page.goto("/admin");
  const table = page.getByRole("table", { name: "Usaha terdaftar, Go Online dan target per provinsi" });
  const row = (name: string) =>
    table.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row("Kalimantan Utara").getByRole("cell")).toHaveText([
    String(expected.registered),
    String(expected.goOnline),
    String(expected.shop),
    String(expected.sale),
    String(expected.goOnlineThisYear),
    String(TARGET_65),
    `${Math.round((expected.goOnlineThisYear / TARGET_65) * 100)}%`,
  ]);
  const papua = expectedFigures(in96);
  await expect(row("Papua Barat Daya").getByRole("cell")).toHaveText([
    String(papua.registered),
    String(papua.goOnline),
    String(papua.shop),
    String(papua.sale),
    String(papua.goOnlineThisYear),
    "belum ada",
    "belum ada",
  ]);
  await page.setViewportSize({ width: 360, height: 800 });
  await expectAccessibleAndFittingOnce(page);

  await row("Kalimantan Utara").getByRole("link", { name: "Kalimantan Utara" }).click();
  await expect(page).toHaveURL(/\/admin\?province=65$/);
  await expect(page.getByRole("heading", { name: "Per kabupaten/kota di Kalimantan Utara" })).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke semua provinsi" }).click();
  await expect(page.getByRole("heading", { name: "Per provinsi" })).toBeVisible();
});

test("the filters narrow the figures to a category and a size, without JavaScript too", async ({ page }) => {
  await page.goto("/admin");
  await page.getByLabel("Provinsi", { exact: true }).selectOption("65");
  await page.getByLabel("Kategori produk").selectOption("processed_food");
  await page.getByLabel("Kelas usaha").selectOption("mikro");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/province=65/);
  const set = in65.filter((e) => e.categories.includes("processed_food") && e.size === "mikro");
  const expected = expectedFigures(set);
  await expect(figure(page, "registered")).toHaveText(String(expected.registered));
  await expect(figure(page, "go-online")).toHaveText(String(expected.goOnline));
  await expect(figure(page, "median")).toHaveText(days(expected.median));
  await expect(
    page.getByText("Provinsi Kalimantan Utara · Makanan & minuman olahan (dalam kemasan) · Usaha mikro"),
  ).toBeVisible();
  // The period changes the flow, not the stocks.
  await page.getByLabel("Periode").selectOption("13");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByRole("heading", { name: "Dalam 13 minggu terakhir" })).toBeVisible();
  await expect(figure(page, "registered")).toHaveText(String(expected.registered));
});

test("the exports hold the filtered rows, escape formulas, carry no private data, and are audited", async ({
  page,
  admin,
}) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "HTTP-level test");
  const parse = async (path: string) => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    expect(text.startsWith("\uFEFF")).toBe(true);
    return { text, rows: Papa.parse<string[]>(text.slice(1).trim(), { newline: "\r\n" }).data };
  };

  const enterprises = await parse("/admin/exports/enterprises.csv?province=65");
  expect(enterprises.rows[0]).toEqual([
    "ID",
    "Nama usaha",
    "Provinsi",
    "Kabupaten/kota",
    "Kelas usaha",
    "Kategori produk",
    "Langkah",
    "Kemajuan (%)",
    "Tanggal daftar",
    "Tanggal Go Online",
    "Toko marketplace",
    "Penjualan online pertama",
    "Pendamping",
  ]);
  const body = enterprises.rows.slice(1);
  expect(body.map((r) => r[0])).toEqual(in65.map((e) => String(seeded.ids.get(e.key))));
  const tenun = body.find((r) => r[0] === String(seeded.ids.get("e4")))!;
  expect(tenun.slice(1, 11)).toEqual([
    "'=1+2 Kain Tenun",
    "Kalimantan Utara",
    "Kabupaten Bulungan",
    "Usaha mikro",
    "Fesyen & tekstil",
    "Produk",
    "0",
    dayAgo(10),
    "",
    "tidak",
  ]);
  const amplang = body.find((r) => r[0] === String(seeded.ids.get("e1")))!;
  expect(amplang.slice(8, 13)).toEqual([dayAgo(100), dayAgo(40), "ya", "ya", seeded.mentorName]);
  expect(enterprises.text).not.toContain("Pemilik Dasbor");
  expect(enterprises.text).not.toContain("+62899");

  const food = await parse("/admin/exports/enterprises.csv?province=65&category=processed_food&stage=go_online");
  expect(food.rows.slice(1).map((r) => r[0])).toEqual(
    in65
      .filter((e) => e.categories.includes("processed_food") && e.stage === "go_online")
      .map((e) => String(seeded.ids.get(e.key))),
  );

  const sessions = await parse("/admin/exports/sessions.csv?from=2026-06-01&to=2026-06-15&province=65");
  expect(sessions.rows.slice(1).map((r) => [r[0], r[1], r[9]])).toEqual([
    ["2026-06-01", String(seeded.ids.get("e3")), "Foto produk sudah bagus."],
    ["2026-06-10", String(seeded.ids.get("e1")), `'${FORMULA_NOTE}`],
  ]);
  expect(sessions.text).not.toContain(PRIVATE_NOTE);
  expect(sessions.text).not.toContain("Provinsi lain.");

  const provinces = await parse("/admin/exports/provinces.csv");
  const expected = expectedFigures(in65);
  expect(provinces.rows.find((r) => r[0] === "65")).toEqual([
    "65",
    "Kalimantan Utara",
    String(expected.registered),
    String(expected.goOnline),
    String(expected.shop),
    String(expected.sale),
    String(expected.goOnlineThisYear),
    String(TARGET_65),
    String(Math.round((expected.goOnlineThisYear / TARGET_65) * 100)),
  ]);

  const audit = testDb()
    .prepare("SELECT action, ip, details FROM audit_log WHERE actor_user_id = ? AND action LIKE 'export.%' ORDER BY id")
    .all(admin.id) as { action: string; ip: string | null; details: string }[];
  expect(audit.map((a) => a.action)).toEqual([
    "export.enterprises",
    "export.enterprises",
    "export.sessions_admin",
    "export.provinces",
  ]);
  expect(audit.every((a) => a.ip)).toBe(true);
  expect(JSON.parse(audit[0]!.details)).toEqual({
    filters: { province: "65", regency: null, category: null, size: null, stage: null },
    rows: in65.length,
  });
  expect(JSON.parse(audit[2]!.details)).toEqual({
    filters: { from: "2026-06-01", to: "2026-06-15", province: "65" },
    rows: 2,
  });

  // A bad range is refused with a message; an owner or a visitor gets nothing.
  const bad = await page.request.get("/admin/exports/sessions.csv?from=2026-06-15&to=2026-06-01");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("Tanggal akhir tidak boleh sebelum tanggal mulai.");
});

test("staff other than administrators cannot download the exports", async ({ browser, mentor }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "HTTP-level test");
  const context = await browser.newContext();
  await signIn(context, mentor);
  for (const path of [
    "/admin/exports/enterprises.csv",
    "/admin/exports/sessions.csv?from=2026-06-01&to=2026-06-02",
    "/admin/exports/provinces.csv",
  ]) {
    expect((await context.request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
  }
  await context.close();
});

test("the sessions download form shows a bad range at the field and downloads a good one", async ({ page }) => {
  const response = await page.goto("/admin?province=65&sessionsFrom=2026-06-15&sessionsTo=2026-06-01");
  expect(response?.status()).toBe(400);
  const to = page.getByLabel("Sampai tanggal");
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Tanggal akhir tidak boleh sebelum tanggal mulai.")).toBeVisible();
  await expect(figure(page, "registered")).toHaveText(String(in65.length));

  await page.getByLabel("Dari tanggal").fill("2026-06-01");
  await to.fill("2026-06-15");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Unduh sesi" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("sesi-pendampingan-2026-06-01-2026-06-15-65.csv");
  const text = await (await download.createReadStream()).toArray();
  const csv = Buffer.concat(text).toString("utf8");
  expect(csv).toContain("Foto produk sudah bagus.");
  expect(csv).not.toContain(PRIVATE_NOTE);
});

test("open data: the province statistics are public, cacheable and match the seeded set", async ({ playwright }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, "HTTP-level test");
  // No session at all, but the same test clock so "this year" is 2026.
  const request = await playwright.request.newContext({
    baseURL: E2E_BASE_URL,
    extraHTTPHeaders: { Cookie: `${TEST_CLOCK_COOKIE}=${NOW}` },
  });
  const response = await request.get("/api/stats/provinces.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toBe("public, max-age=300");
  const body = await response.json();
  expect(body.schema_version).toBe(1);
  expect(body.year).toBe(2026);
  expect(Date.parse(body.generated_at)).toBe(NOW * 1000);
  expect(body.provinces).toHaveLength(38);
  const expected = expectedFigures(in65);
  expect(body.provinces.find((p: { code: string }) => p.code === "65")).toEqual({
    code: "65",
    name: "Kalimantan Utara",
    registered: expected.registered,
    stages: expected.stageCounts,
    go_online: expected.goOnline,
    with_marketplace_shop: expected.shop,
    with_first_online_sale: expected.sale,
    target: TARGET_65,
  });
  expect(body.provinces.find((p: { code: string }) => p.code === "96").target).toBeNull();
  expect(body.national.registered).toBeGreaterThanOrEqual(SEEDED.length);
  expect(JSON.stringify(body)).not.toContain("Amplang");
  await request.dispose();
});
