import { expect, expectNoAxeViolations, signIn, test, testDb } from "../fixtures";

test("a visitor switches to English and the choice persists across pages and reloads", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bawa usaha Anda go online, langkah demi langkah");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Take your business online, step by step");
  await expect(page).toHaveURL(/\/$/);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Take your business online, step by step");
  await page.getByRole("link", { name: "Register my business" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register your business");
  await expect(page.getByLabel("Mobile number (WhatsApp)")).toBeVisible();

  // English error messages too.
  await page.getByRole("button", { name: "Register" }).click();
  await expect(page.getByText("You need to agree to the privacy notice to register.")).toBeVisible();

  await page.getByRole("button", { name: "Ganti ke Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftarkan usaha Anda");
});

test("a signed-in user's language is saved on the account and follows them to a new device", async ({
  page,
  context,
  browser,
  owner,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  await signIn(context, owner);
  await page.goto("/owner");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your business task list");
  await expect(page.getByText(`Welcome, ${owner.fullName}`)).toBeVisible();
  expect(testDb().prepare("SELECT locale FROM user WHERE id = ?").pluck().get(owner.id)).toBe("en");

  const fresh = await browser.newContext();
  await signIn(fresh, owner);
  const freshPage = await fresh.newPage();
  await freshPage.goto("/owner");
  await expect(freshPage.locator("html")).toHaveAttribute("lang", "en");
  await expect(freshPage.getByRole("heading", { level: 1 })).toHaveText("Your business task list");
  await fresh.close();
});

test("the account page saves the display language", async ({ page, context, mentor }) => {
  await signIn(context, mentor);
  await page.goto("/account");
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("button", { name: "Simpan bahasa" }).click();
  await expect(page.getByRole("status")).toHaveText("Display language saved.");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(testDb().prepare("SELECT locale FROM user WHERE id = ?").pluck().get(mentor.id)).toBe("en");
});
