import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, makeUser, signIn, test, testDb } from "../fixtures";

// Long forms, each checked by axe (a scripted copy of the page when JavaScript is off).
test.describe.configure({ timeout: 60_000 });

function enterpriseOf(ownerId: number) {
  return testDb().prepare("SELECT * FROM enterprise WHERE owner_user_id = ?").get(ownerId) as
    | Record<string, unknown>
    | undefined;
}

function taskRow(ownerId: number, taskKey: string) {
  return testDb()
    .prepare(
      `SELECT t.* FROM enterprise_task t JOIN enterprise e ON e.id = t.enterprise_id
        WHERE e.owner_user_id = ? AND t.task_key = ?`,
    )
    .get(ownerId, taskKey) as { status: string; answers: string; review_comment: string | null } | undefined;
}

function taskRowFor(page: Page, title: string) {
  // The innermost list item: the task's row, not its step.
  return page
    .getByRole("listitem")
    .filter({ has: page.getByText(title, { exact: true }) })
    .last();
}

async function chooseRegion(page: Page, javaScriptEnabled: boolean, province: string, regency: string) {
  await page.getByLabel("Provinsi").selectOption({ label: province });
  // Without JavaScript the province is posted back to list its regencies; typed answers stay.
  if (!javaScriptEnabled) await page.getByRole("button", { name: "Tampilkan kabupaten/kota" }).click();
  await page.getByLabel("Kabupaten/kota").selectOption({ label: regency });
}

async function fillProfile(page: Page, javaScriptEnabled: boolean) {
  await page.getByLabel("Nama usaha").fill("Keripik Teh Siti");
  await page.getByLabel("Bentuk usaha").selectOption({ label: "Perorangan (usaha sendiri)" });
  await page.getByLabel("Makanan & minuman olahan (dalam kemasan)").check();
  await page.getByLabel("Makanan siap saji / pesan-antar").check();
  await chooseRegion(page, javaScriptEnabled, "Jawa Barat", "Kabupaten Garut");
  await page.getByLabel("Alamat usaha").fill("Jl. Cimanuk No. 12, Tarogong Kidul");
  await page.getByLabel("Tahun mulai usaha").fill("2019");
  await page.getByLabel("Jumlah pekerja").fill("3");
  await page.getByLabel("Modal usaha (tanpa tanah dan bangunan)").fill("15.000.000");
  await page.getByLabel("Omzet setahun terakhir").fill("Rp 96.000.000");
  await page.getByLabel("Omzet rata-rata per bulan saat ini").fill("8000000");
  await page.getByLabel("WhatsApp", { exact: true }).check();
  await page.getByLabel("Hanya offline (toko, pasar, titip jual)").check();
}

test("a new owner sees the task list with the profile as the first thing to do", async ({
  page,
  context,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  // An administrator may publish a new checklist version meanwhile (e2e/admin/checklist.spec.ts).
  const latestBefore = testDb().prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  await page.goto("/owner");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar tugas usaha Anda");
  await expect(page.getByText("0 dari 7 tugas selesai").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Profil usaha" }).first()).toBeVisible();
  await expect(taskRowFor(page, "Profil usaha").getByText("Belum dimulai")).toBeVisible();
  // Later tasks are not links yet and say what comes first.
  await expect(page.getByRole("link", { name: "Legalitas usaha" })).toHaveCount(0);
  await expect(taskRowFor(page, "Legalitas usaha").getByText("Belum bisa dimulai")).toBeVisible();
  await expect(taskRowFor(page, "Legalitas usaha").getByText("Selesaikan dulu: Profil usaha")).toBeVisible();
  await expect(page.getByText("Belum ada pendamping yang ditugaskan.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  // The enterprise exists and starts on the latest published checklist version.
  expect(enterpriseOf(owner.id)?.template_version).toBeGreaterThanOrEqual(latestBefore);
});

test("marking an empty profile done lists what is missing and saves nothing", async ({ page, context, owner }) => {
  await signIn(context, owner);
  await page.goto("/owner/tasks/profile");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByRole("alert")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(page.getByLabel("Nama usaha")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Pilih minimal satu jenis produk atau jasa.")).toBeVisible();
  await expect(page.getByText("Pilih minimal satu cara berjualan.")).toBeVisible();
  await expectNoAxeViolations(page);
  expect(taskRow(owner.id, "profile")).toBeUndefined();
});

test("bad numbers are refused next to their fields and the other answers stay", async ({ page, context, owner }) => {
  await signIn(context, owner);
  await page.goto("/owner/tasks/profile");
  await page.getByLabel("Nama usaha").fill("Batik Tulis Pekalongan");
  await page.getByLabel("Modal usaha (tanpa tanah dan bangunan)").fill("-5");
  await page.getByLabel("Tahun mulai usaha").fill("3000");
  await page.getByLabel("Jumlah pekerja").fill("tiga");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByText("Tulis jumlah rupiah dengan angka, misalnya 15.000.000.")).toBeVisible();
  await expect(page.getByText("Tulis tahun dengan 4 angka, dari 1900 sampai tahun ini.")).toBeVisible();
  await expect(page.getByText("Tulis jumlah pekerja dengan angka, 0 atau lebih.")).toBeVisible();
  await expect(page.getByLabel("Modal usaha (tanpa tanah dan bangunan)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama usaha")).toHaveValue("Batik Tulis Pekalongan");
  expect(taskRow(owner.id, "profile")).toBeUndefined();
  expect(enterpriseOf(owner.id)?.name).toBeNull();
});

test("an owner fills the profile, saves a draft, finds it after a reload, then sends it for review", async ({
  page,
  context,
  owner,
  javaScriptEnabled,
}) => {
  await signIn(context, owner);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/owner");
  await page.getByRole("link", { name: "Profil usaha" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profil usaha");
  await fillProfile(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  await expect(page.getByText("Sedang dikerjakan")).toBeVisible();
  await expect(page.getByText("Usaha mikro")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Nama usaha")).toHaveValue("Keripik Teh Siti");
  await expect(page.getByLabel("Kabupaten/kota")).toHaveValue("32.05");
  await expect(page.getByLabel("Modal usaha (tanpa tanah dan bangunan)")).toHaveValue("15.000.000");
  await expect(page.getByLabel("Makanan siap saji / pesan-antar")).toBeChecked();
  await expectNoAxeViolations(page);

  const enterprise = enterpriseOf(owner.id)!;
  expect(enterprise).toMatchObject({
    name: "Keripik Teh Siti",
    legal_form: "perorangan",
    province_code: "32",
    regency_code: "32.05",
    year_started: 2019,
    employees: 3,
    capital_rupiah: 15_000_000,
    annual_sales_rupiah: 96_000_000,
    baseline_monthly_revenue_rupiah: 8_000_000,
    size_class: "mikro",
    whatsapp: owner.phone,
  });
  const categories = testDb()
    .prepare("SELECT category FROM enterprise_category WHERE enterprise_id = ? ORDER BY category")
    .pluck()
    .all(enterprise.id);
  expect(categories).toEqual(["processed_food", "ready_meal"]);
  expect(taskRow(owner.id, "profile")?.status).toBe("in_progress");

  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=profile$/);
  await expect(taskRowFor(page, "Profil usaha").getByText("Menunggu tinjauan")).toBeVisible();
  // Finishing (even before the review) opens the next tasks.
  await expect(taskRowFor(page, "Legalitas usaha").getByText("Belum dimulai")).toBeVisible();
  await expect(taskRowFor(page, "Tinjauan akhir").getByText("Belum bisa dimulai")).toBeVisible();
  expect(taskRow(owner.id, "profile")?.status).toBe("submitted");
  const events = testDb()
    .prepare("SELECT action, actor_user_id FROM task_event WHERE enterprise_id = ? ORDER BY id")
    .all(enterprise.id);
  expect(events).toEqual([
    { action: "save_draft", actor_user_id: owner.id },
    { action: "submit", actor_user_id: owner.id },
  ]);
});

test("a profile sent back shows the mentor's comment and can be resubmitted", async ({
  page,
  context,
  owner,
  javaScriptEnabled,
}) => {
  await signIn(context, owner);
  await page.goto("/owner/tasks/profile");
  await fillProfile(page, javaScriptEnabled);
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=profile$/);

  // The mentor workspace does not exist yet: its decision is written directly.
  const enterpriseId = enterpriseOf(owner.id)!.id;
  testDb()
    .prepare(
      "UPDATE enterprise_task SET status = 'changes_requested', review_comment = ? WHERE enterprise_id = ? AND task_key = 'profile'",
    )
    .run("Alamat kurang lengkap: tambahkan RT/RW dan kecamatan.", enterpriseId);

  await page.goto("/owner");
  await expect(taskRowFor(page, "Profil usaha").getByText("Perlu perbaikan")).toBeVisible();
  await expect(page.getByText("Langkah berikutnya").first()).toBeVisible();
  await page.getByRole("link", { name: "Profil usaha" }).first().click();
  await expect(page.getByRole("heading", { name: "Catatan dari pendamping" })).toBeVisible();
  await expect(page.getByText("Alamat kurang lengkap: tambahkan RT/RW dan kecamatan.")).toBeVisible();
  await page.getByLabel("Alamat usaha").fill("Jl. Cimanuk No. 12, RT 02/RW 05, Kec. Tarogong Kidul");
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(taskRowFor(page, "Profil usaha").getByText("Menunggu tinjauan")).toBeVisible();
  expect(taskRow(owner.id, "profile")?.status).toBe("submitted");
  expect(enterpriseOf(owner.id)?.address).toBe("Jl. Cimanuk No. 12, RT 02/RW 05, Kec. Tarogong Kidul");
});

test("a regency from another province is refused", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled, "with JavaScript the regency list follows the province at once");
  await signIn(context, owner);
  await page.goto("/owner/tasks/profile");
  await chooseRegion(page, false, "Jawa Barat", "Kabupaten Garut");
  await page.getByLabel("Provinsi").selectOption({ label: "Jawa Tengah" });
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByText("Pilih kabupaten/kota yang ada di provinsi ini.")).toBeVisible();
  expect(taskRow(owner.id, "profile")).toBeUndefined();
});

test("the owner sees their mentor with a WhatsApp link once one is assigned", async ({
  page,
  context,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  const mentor = await makeUser("mentor");
  const phone = `+62813${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  testDb().prepare("UPDATE user SET phone = ? WHERE id = ?").run(phone, mentor.id);
  await signIn(context, owner);
  await page.goto("/owner");
  testDb().prepare("UPDATE enterprise SET mentor_user_id = ? WHERE owner_user_id = ?").run(mentor.id, owner.id);
  await page.reload();
  await expect(page.getByText(`${mentor.fullName} mendampingi usaha Anda.`)).toBeVisible();
  await expect(page.getByRole("link", { name: `Chat WhatsApp dengan ${mentor.fullName}` })).toHaveAttribute(
    "href",
    `https://wa.me/${phone.slice(1)}`,
  );
});

test("only owners open the profile task; regions need a login", async ({
  page,
  context,
  mentor,
  request,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  expect((await request.get("/regions/32", { maxRedirects: 0 })).status()).toBe(302);
  await signIn(context, mentor);
  expect((await page.goto("/owner/tasks/profile"))?.status()).toBe(403);
  expect((await page.goto("/regions/99"))?.status()).toBe(404);
});
