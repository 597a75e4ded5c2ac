import type { Page } from "@playwright/test";
import { expect, makeEnterprise, setTestClock, signIn, test, testDb } from "../fixtures";

const DAY = 24 * 60 * 60;

function caseloadRows(page: Page) {
  return page.getByRole("list", { name: "Usaha dampingan" }).locator(":scope > li");
}

/** The filter form is folded away until a filter is in use; open it when it is closed. */
async function openFilters(page: Page) {
  const view = page.getByLabel("Tampilkan", { exact: true });
  if (!(await view.isVisible())) await page.getByText("Saring dan urutkan").click();
  await expect(view).toBeVisible();
}

async function expectOnly(page: Page, name: string) {
  await expect(page.getByRole("status").filter({ hasText: "usaha ditemukan" })).toHaveText("1 usaha ditemukan");
  await expect(caseloadRows(page)).toHaveCount(1);
  await expect(caseloadRows(page).first().getByRole("link").first()).toHaveText(name);
}

test("the caseload filters by name, by phone, by the stalled view and by stage, and the address keeps them", async ({
  page,
  context,
  mentor,
  javaScriptEnabled,
}) => {
  const tag = `${test.info().project.name}-${Date.now().toString(36)}`;
  const [, , kopi] = await Promise.all([
    makeEnterprise({ name: `Batik Lasem ${tag}`, mentor, stage: "usaha", provinceCode: "33", regencyCode: "33.26" }),
    makeEnterprise({ name: `Keripik Pedas ${tag}`, mentor, stage: "merek" }),
    // Nobody has touched it for 20 days: stalled.
    makeEnterprise({
      name: `Kopi Kintamani ${tag}`,
      mentor,
      stage: "produk",
      provinceCode: "51",
      regencyCode: "51.71",
      ageDays: 20,
    }),
    makeEnterprise({ name: `Sambal Roa ${tag}`, mentor, stage: "online", provinceCode: "34", regencyCode: "34.71" }),
    // Old but graduated: never stalled.
    makeEnterprise({ name: `Tenun Ikat ${tag}`, mentor, stage: "go_online", ageDays: 30 }),
  ]);
  expect(
    testDb().prepare("SELECT stage FROM enterprise WHERE mentor_user_id = ? ORDER BY name").pluck().all(mentor.id),
  ).toEqual(["usaha", "merek", "produk", "online", "go_online"]);

  await signIn(context, mentor);
  await page.goto("/mentor");
  await expect(page.getByRole("status").filter({ hasText: "usaha ditemukan" })).toHaveText("5 usaha ditemukan");
  await expect(page.getByRole("link", { name: "1 usaha macet", exact: false })).toBeVisible();

  // By enterprise name.
  await page.getByLabel("Cari usaha").fill("keripik pedas");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]q=keripik\+pedas(&|$)/);
  await expectOnly(page, `Keripik Pedas ${tag}`);
  await expect(page.getByLabel("Cari usaha")).toHaveValue("keripik pedas");

  // By the owner's phone number, typed as people write it.
  await page.getByLabel("Cari usaha").fill(kopi.owner.localPhone!);
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${kopi.owner.localPhone}(&|$)`));
  await expectOnly(page, `Kopi Kintamani ${tag}`);

  // The stalled view.
  await page.getByLabel("Cari usaha").fill("");
  await openFilters(page);
  await page.getByLabel("Tampilkan", { exact: true }).selectOption({ label: "Macet" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]view=stalled(&|$)/);
  await expectOnly(page, `Kopi Kintamani ${tag}`);
  await expect(caseloadRows(page).first().getByText("Macet", { exact: true })).toBeVisible();

  // By stage.
  await openFilters(page);
  await page.getByLabel("Tampilkan", { exact: true }).selectOption({ label: "Semua usaha" });
  await page.getByLabel("Tahap", { exact: true }).selectOption({ label: "Merek" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]stage=merek(&|$)/);
  await expect(page).not.toHaveURL(/view=stalled/);
  await expectOnly(page, `Keripik Pedas ${tag}`);
  // The export follows the filter.
  await expect(page.getByRole("link", { name: "Unduh CSV (sesuai saringan)" })).toHaveAttribute(
    "href",
    "/mentor/caseload.csv?stage=merek",
  );

  if (javaScriptEnabled) {
    // Back restores the previous filter, in the address and the list.
    await page.goBack();
    await expect(page).toHaveURL(/[?&]view=stalled(&|$)/);
    await expectOnly(page, `Kopi Kintamani ${tag}`);
  }
});

test("after going back, the filter form shows the filter the list is using", async ({
  page,
  context,
  mentor,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "client-side navigation only; without JavaScript the page reloads");
  // The fields are uncontrolled (defaultValue); the form is keyed to the address so that a
  // client-side back/forward shows the filter the list is using.
  const tag = Date.now().toString(36);
  await Promise.all([
    makeEnterprise({ name: `Gethuk ${tag}`, mentor, stage: "merek" }),
    makeEnterprise({ name: `Wingko ${tag}`, mentor, ageDays: 20 }),
  ]);
  await signIn(context, mentor);
  await page.goto("/mentor?view=stalled&q=wingko");
  await expectOnly(page, `Wingko ${tag}`);
  await page.getByLabel("Cari usaha").fill("");
  await page.getByLabel("Tampilkan", { exact: true }).selectOption({ label: "Semua usaha" });
  await page.getByLabel("Tahap", { exact: true }).selectOption({ label: "Merek" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/[?&]stage=merek(&|$)/);
  await expectOnly(page, `Gethuk ${tag}`);

  await page.goBack();
  await expect(page).toHaveURL(/\/mentor\?view=stalled&q=wingko$/);
  await expectOnly(page, `Wingko ${tag}`);
  await expect(page.getByLabel("Cari usaha")).toHaveValue("wingko", { timeout: 2_000 });
  await expect(page.getByLabel("Tampilkan", { exact: true })).toHaveValue("stalled", { timeout: 2_000 });
  await expect(page.getByLabel("Tahap", { exact: true })).toHaveValue("", { timeout: 2_000 });
});

test("an enterprise quiet for 15 days turns stalled, with a WhatsApp check-in ready", async ({
  page,
  context,
  mentor,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "a server-rendered rule: once is enough");
  const name = `Rengginang ${Date.now().toString(36)}`;
  const { owner, enterpriseId } = await makeEnterprise({ name, mentor });
  await signIn(context, mentor);

  await page.goto("/mentor");
  const row = caseloadRows(page).filter({ hasText: name });
  await expect(row.getByText("Kegiatan terakhir: hari ini")).toBeVisible();
  await expect(row.getByText("Macet", { exact: true })).toHaveCount(0);
  await expect(row.getByRole("link", { name: /^Hubungi lewat WhatsApp/ })).toHaveCount(0);

  // Fifteen days on, by this browser's clock only.
  const now = Math.floor(Date.now() / 1000);
  await setTestClock(context, now + 15 * DAY);
  await page.reload();
  await expect(row.getByText("Macet", { exact: true })).toBeVisible();
  await expect(row.getByText("Kegiatan terakhir: 15 hari lalu")).toBeVisible();
  const whatsapp = row.getByRole("link", { name: /^Hubungi lewat WhatsApp/ });
  const href = (await whatsapp.getAttribute("href"))!;
  expect(href.startsWith(`https://wa.me/62${owner.phone!.slice(3)}?`)).toBe(true);
  const text = new URL(href).searchParams.get("text")!;
  expect(text).toContain(`Halo ${owner.fullName}`);
  expect(text).toContain(mentor.fullName);
  expect(text).toContain(name);

  await page.goto(`/mentor/enterprises/${enterpriseId}`);
  await expect(page.getByText("Macet: tidak ada kegiatan pemilik", { exact: false })).toBeVisible();
  await page.goto("/mentor?view=stalled");
  await expectOnly(page, name);
});
