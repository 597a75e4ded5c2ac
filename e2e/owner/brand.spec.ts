import type { Page } from "@playwright/test";
import { expect, expectAccessibleAndFitting, ownerWithSubmittedProfile, signIn, test, testDb } from "../fixtures";
import { photoFile, textRenamedAsPhoto } from "../images";

function brandRow(enterpriseId: number) {
  return testDb()
    .prepare(
      "SELECT name, tagline, story, colours, logo_upload_id AS logo FROM enterprise_brand WHERE enterprise_id = ?",
    )
    .get(enterpriseId) as
    | { name: string; tagline: string; story: string; colours: string; logo: string | null }
    | undefined;
}

function brandTaskStatus(enterpriseId: number) {
  return testDb()
    .prepare("SELECT status FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'brand'")
    .pluck()
    .get(enterpriseId) as string | undefined;
}

const preview = (page: Page) => page.getByRole("region", { name: "Pratinjau" });

test("the brand task waits for the profile", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  await page.goto("/owner/tasks/brand");
  await expect(page.getByText("Tugas ini belum bisa dimulai. Selesaikan dulu: Profil usaha")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tandai selesai" })).toHaveCount(0);
});

test("finishing needs a name, a story and two colours; a text file is no logo; nothing is saved", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner/tasks/brand");
  await page.getByLabel("Pakai warna 2").uncheck();
  await page.getByLabel("Logo").setInputFiles(textRenamedAsPhoto);
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText("Tulis nama merek Anda.")).toBeVisible();
  await expect(page.getByText("Tulis cerita singkat merek Anda, 2–5 kalimat.")).toBeVisible();
  await expect(page.getByText("Centang minimal 2 warna merek.")).toBeVisible();
  await expect(page.getByText(/Berkas ini bukan foto JPG, PNG atau WebP/)).toBeVisible();
  await expect(page.getByLabel("Nama merek", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessibleAndFitting(page);
  expect(brandRow(owner.enterpriseId)).toBeUndefined();
  expect(brandTaskStatus(owner.enterpriseId)).toBeUndefined();
});

test("an owner builds the brand, sees it previewed, and marks the task done", async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner");
  await page.getByRole("link", { name: "Identitas merek" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Identitas merek");

  // A name that promises health is flagged for food (with JavaScript as it is typed, without after saving).
  await page.getByLabel("Nama merek", { exact: true }).fill("Keripik Sehat");
  await page
    .getByLabel("Cerita merek")
    .fill("Sejak 2019 saya menggoreng keripik singkong dari kebun tetangga di Garut.");
  await page.getByLabel("Logo").setInputFiles(await photoFile("logo-siti.jpg", 400, 400, "#166534"));
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  await expect(page.getByText(/BPOM tidak mengizinkan nama dagang dengan klaim kesehatan/)).toBeVisible();
  expect(brandTaskStatus(owner.enterpriseId)).toBe("in_progress");
  const logo = brandRow(owner.enterpriseId)!.logo;
  expect(logo).toMatch(/^[a-z2-7]{32}$/);

  await page.getByLabel("Nama merek", { exact: true }).fill("Keripik Teh Siti");
  await page.getByLabel("Slogan").fill("Renyahnya dari dapur Garut");
  await page.getByLabel("Warna 1", { exact: true }).fill("#7c2d12");
  await page.getByLabel("Pakai warna 3").check();
  await page.getByRole("button", { name: "Simpan draf" }).click();
  // The notice of the first save is still on the page: wait for the second save to be stored.
  await expect.poll(() => brandRow(owner.enterpriseId)?.name).toBe("Keripik Teh Siti");
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  await expect(page.getByText(/BPOM tidak mengizinkan/)).toHaveCount(0);

  // The preview shows the brand as saved, after a reload too.
  await page.reload();
  await expect(preview(page).getByText("Keripik Teh Siti")).toBeVisible();
  await expect(preview(page).getByText("Renyahnya dari dapur Garut")).toBeVisible();
  await expect(preview(page).getByRole("list", { name: "Warna merek" }).getByRole("listitem")).toHaveText([
    "#7c2d12",
    "#fef3c7",
    "#166534",
  ]);
  await expect(page.getByRole("img", { name: "Berkas tersimpan: Logo" })).toBeVisible();
  await expectAccessibleAndFitting(page);

  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=brand$/);
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: page.getByText("Identitas merek", { exact: true }) })
      .last()
      .getByText("Selesai"),
  ).toBeVisible();
  expect(brandTaskStatus(owner.enterpriseId)).toBe("done");
  expect(brandRow(owner.enterpriseId)).toEqual({
    name: "Keripik Teh Siti",
    tagline: "Renyahnya dari dapur Garut",
    story: "Sejak 2019 saya menggoreng keripik singkong dari kebun tetangga di Garut.",
    colours: JSON.stringify(["#7c2d12", "#fef3c7", "#166534"]),
    logo,
  });
});

test("saving a brand checks its name at once and says when it is like an existing mark", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner/tasks/brand");
  await page.getByLabel("Nama merek", { exact: true }).fill("Indomy");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  const notice = page.getByRole("region", { name: "Hasil cek nama merek" });
  await expect(notice.getByText(/“Indomy” mirip \d+ merek yang sudah ada, misalnya “Indomie”/)).toBeVisible();
  await expect(notice.getByRole("link", { name: "Lihat rinciannya di tugas Merek & hak cipta" })).toBeVisible();
  const stored = testDb()
    .prepare("SELECT name, index_version AS version FROM brand_check WHERE enterprise_id = ?")
    .get(owner.enterpriseId) as { name: string; version: number };
  expect(stored.name).toBe("Indomy");
  expect(stored.version).toBeGreaterThan(0);
  // The brand is now in the index, so other owners' checks find it (but not this owner's own).
  expect(
    testDb().prepare("SELECT status, source FROM trademark WHERE enterprise_id = ?").get(owner.enterpriseId),
  ).toEqual({ status: "in_app", source: "app" });
});
