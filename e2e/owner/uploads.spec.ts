import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, expectNoAxeViolations, makeUser, ownerWithSubmittedProfile, signIn, test, testDb } from "../fixtures";
import { minimalPdf, oversizePhoto, photoFile, textRenamedAsPhoto } from "../images";

const NIB = "NIB (Nomor Induk Berusaha)";

function nib(page: Page) {
  return page.getByRole("region", { name: NIB });
}

function uploadsOf(enterpriseId: number) {
  return testDb()
    .prepare("SELECT id, purpose, media_type AS mediaType FROM upload WHERE enterprise_id = ? ORDER BY created_at")
    .all(enterpriseId) as { id: string; purpose: string; mediaType: string }[];
}

function nibAnswer(enterpriseId: number) {
  const answers = testDb()
    .prepare("SELECT answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'legality'")
    .pluck()
    .get(enterpriseId) as string | undefined;
  return answers ? (JSON.parse(answers) as Record<string, { evidence?: string }>).nib : undefined;
}

async function haveNib(page: Page, number: string) {
  await nib(page)
    .getByRole("group", { name: `Status ${NIB}` })
    .getByLabel("Sudah punya")
    .check();
  await page.getByLabel(`Nomor ${NIB}`).fill(number);
}

test("evidence kept through a form error, stored without EXIF, and shown after a reload", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  await page.goto("/owner/tasks/legality");
  await haveNib(page, "12345");
  await page.getByLabel(`Bukti (foto atau PDF): ${NIB}`).setInputFiles(await photoFile("nib-saya.jpg"));
  await page.getByRole("button", { name: "Simpan draf" }).click();

  // The number is wrong, but the photo is already safe: the owner does not choose it again.
  await expect(page.getByText("NIB terdiri dari 13 angka.")).toBeVisible();
  await expect(nib(page).getByRole("img", { name: `Berkas tersimpan: Bukti (foto atau PDF): ${NIB}` })).toBeVisible();
  await expect(nib(page).getByText("nib-saya.jpg")).toBeVisible();
  const [stored] = uploadsOf(owner.enterpriseId);
  expect(stored).toMatchObject({ purpose: "evidence", mediaType: "image/webp" });
  expect(nibAnswer(owner.enterpriseId)).toBeUndefined();

  await page.getByLabel(`Nomor ${NIB}`).fill("1234567890123");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  expect(nibAnswer(owner.enterpriseId)?.evidence).toBe(stored!.id);
  expect(uploadsOf(owner.enterpriseId)).toHaveLength(1);

  await page.reload();
  const thumbnail = nib(page).getByRole("img", { name: /^Berkas tersimpan/ });
  await expect(thumbnail).toBeVisible();
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // The stored photo is a re-encoded WebP with no EXIF or GPS left in it.
  const response = await page.request.get(`/uploads/${stored!.id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  const meta = await sharp(await response.body()).metadata();
  expect(meta.format).toBe("webp");
  expect(meta.exif).toBeUndefined();
});

test("a text file renamed .jpg and a file over 10 MB are refused, and nothing is stored", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  await page.goto("/owner/tasks/legality");
  await haveNib(page, "1234567890123");
  const input = page.getByLabel(`Bukti (foto atau PDF): ${NIB}`);
  await input.setInputFiles(textRenamedAsPhoto);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(nib(page).getByText(/Berkas ini bukan foto JPG, PNG atau WebP/)).toBeVisible();
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(`Nomor ${NIB}`)).toHaveValue("1234567890123");

  await input.setInputFiles(oversizePhoto());
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(nib(page).getByText(/Berkas terlalu besar\. Paling besar 10 MB/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(uploadsOf(owner.enterpriseId)).toEqual([]);
  expect(nibAnswer(owner.enterpriseId)).toBeUndefined();
});

test("a PDF is accepted as evidence and can be removed again", async ({ page, context }) => {
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  await page.goto("/owner/tasks/legality");
  await haveNib(page, "1234567890123");
  await page.getByLabel(`Bukti (foto atau PDF): ${NIB}`).setInputFiles(minimalPdf);
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  await expect(nib(page).getByRole("link", { name: "Buka PDF" })).toBeVisible();
  const [stored] = uploadsOf(owner.enterpriseId);
  expect(stored?.mediaType).toBe("application/pdf");
  expect(nibAnswer(owner.enterpriseId)?.evidence).toBe(stored!.id);

  await nib(page).getByLabel("Hapus berkas ini").check();
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  await expect(nib(page).getByRole("link", { name: "Buka PDF" })).toHaveCount(0);
  expect(nibAnswer(owner.enterpriseId)?.evidence).toBeUndefined();
});

test("an upload is served only to its owner, their mentor and administrators", async ({
  browser,
  context,
  page,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  const owner = await ownerWithSubmittedProfile(context, ["services"]);
  await page.goto("/owner/tasks/legality");
  await haveNib(page, "1234567890123");
  await page.getByLabel(`Bukti (foto atau PDF): ${NIB}`).setInputFiles(await photoFile());
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  const [stored] = uploadsOf(owner.enterpriseId);
  const url = `/uploads/${stored!.id}`;

  const [otherOwner, theirMentor, otherMentor, admin] = await Promise.all([
    makeUser("owner"),
    makeUser("mentor"),
    makeUser("mentor"),
    makeUser("admin"),
  ]);
  testDb().prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(theirMentor.id, owner.enterpriseId);
  const statusFor = async (user: typeof admin | null) => {
    const other = await browser.newContext();
    try {
      if (user) await signIn(other, user);
      const response = await other.request.get(url, { maxRedirects: 0 });
      return response.status();
    } finally {
      await other.close();
    }
  };
  expect(await statusFor(otherOwner)).toBe(404);
  expect(await statusFor(otherMentor)).toBe(404);
  expect(await statusFor(null)).toBe(302);
  expect(await statusFor(theirMentor)).toBe(200);
  expect(await statusFor(admin)).toBe(200);
  expect((await page.request.get(`${url}?v=thumb`)).status()).toBe(200);
});
