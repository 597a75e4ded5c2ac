import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, makeUser, ownerWithSubmittedProfile, signIn, test, testDb } from "../fixtures";

test.describe.configure({ timeout: 60_000 });

function legalityRow(enterpriseId: number) {
  return testDb()
    .prepare("SELECT status, answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'legality'")
    .get(enterpriseId) as { status: string; answers: string } | undefined;
}

function item(page: Page, title: string) {
  return page.getByRole("region", { name: title });
}

async function choose(
  page: Page,
  title: string,
  status: "Sudah punya" | "Sedang diurus" | "Tidak perlu untuk usaha saya",
) {
  await item(page, title)
    .getByRole("group", { name: `Status ${title}` })
    .getByLabel(status)
    .check();
}

test("the legality task waits for the profile", async ({ page, context, owner, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  await page.goto("/owner/tasks/legality");
  await expect(page.getByText("Tugas ini belum bisa dimulai. Selesaikan dulu: Profil usaha")).toBeVisible();
  await expect(page.getByRole("button", { name: "Tandai selesai" })).toHaveCount(0);
});

test("only the permits for the enterprise's categories are listed, with their official portals", async ({
  page,
  context,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner");
  await page.getByRole("link", { name: "Legalitas usaha" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Legalitas usaha");
  for (const title of ["NIB (Nomor Induk Berusaha)", "SPP-IRT / P-IRT (izin pangan rumahan)", "Sertifikat halal"]) {
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Notifikasi kosmetik BPOM" })).toHaveCount(0);
  await expect(item(page, "NIB (Nomor Induk Berusaha)").getByRole("link", { name: /oss\.go\.id/ })).toHaveAttribute(
    "href",
    "https://oss.go.id",
  );
  await expectNoAxeViolations(page);
});

test("bad permit numbers and missing answers are refused; nothing is saved", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner/tasks/legality");
  await choose(page, "NIB (Nomor Induk Berusaha)", "Sudah punya");
  await page.getByLabel("Nomor NIB (Nomor Induk Berusaha)").fill("12345");
  await choose(page, "SPP-IRT / P-IRT (izin pangan rumahan)", "Tidak perlu untuk usaha saya");
  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page.getByText("NIB terdiri dari 13 angka.")).toBeVisible();
  await expect(page.getByLabel("Nomor NIB (Nomor Induk Berusaha)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nomor NIB (Nomor Induk Berusaha)")).toHaveValue("12345");
  await expect(
    item(page, "SPP-IRT / P-IRT (izin pangan rumahan)").getByText("Tulis alasannya, singkat saja."),
  ).toBeVisible();
  await expect(
    item(page, "Sertifikat halal").getByText("Pilih salah satu: sudah punya, sedang diurus, atau tidak perlu."),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(legalityRow(owner.enterpriseId)).toBeUndefined();
});

test("an owner records their permits, sees an expiry warning, and sends the task for review", async ({
  page,
  context,
}) => {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner/tasks/legality");
  await choose(page, "NIB (Nomor Induk Berusaha)", "Sudah punya");
  await page.getByLabel("Nomor NIB (Nomor Induk Berusaha)").fill("1234 5678 90123");
  await choose(page, "SPP-IRT / P-IRT (izin pangan rumahan)", "Sudah punya");
  await page.getByLabel("Nomor SPP-IRT / P-IRT (izin pangan rumahan)").fill("P-IRT No. 2063205010123-27");
  // Ends in three months: the owner must renew it now.
  const soon = new Date();
  soon.setUTCMonth(soon.getUTCMonth() + 3);
  await page.getByLabel("Berlaku sampai (SPP-IRT / P-IRT (izin pangan rumahan))").fill(soon.toISOString().slice(0, 10));
  await choose(page, "Sertifikat halal", "Sedang diurus");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  // Saved at the foot of a long page: the notice at its top is brought into view.
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeInViewport();
  await expect(item(page, "SPP-IRT / P-IRT (izin pangan rumahan)").getByText(/kurang dari 6 bulan lagi/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Nomor NIB (Nomor Induk Berusaha)")).toHaveValue("1234567890123");
  await expect(
    item(page, "Sertifikat halal").getByRole("group", { name: "Status Sertifikat halal" }).getByLabel("Sedang diurus"),
  ).toBeChecked();
  expect(legalityRow(owner.enterpriseId)?.status).toBe("in_progress");

  await page.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(page).toHaveURL(/\/owner\?saved=legality$/);
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: page.getByText("Legalitas usaha", { exact: true }) })
      .last()
      .getByText("Menunggu tinjauan"),
  ).toBeVisible();
  const row = legalityRow(owner.enterpriseId)!;
  expect(row.status).toBe("submitted");
  expect(JSON.parse(row.answers)).toMatchObject({
    nib: { status: "have", number: "1234567890123" },
    spp_irt: { status: "have", number: "206320501012327" },
    halal: { status: "in_progress" },
  });
});

test("a mentor cannot open an owner's legality task", async ({ page, context, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  const mentor = await makeUser("mentor");
  await signIn(context, mentor);
  expect((await page.goto("/owner/tasks/legality"))?.status()).toBe(403);
});
