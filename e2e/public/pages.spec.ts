import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessibleAndFitting,
  expectNoHorizontalScroll,
  giveBrand,
  makeUser,
  ownerWithSubmittedProfile,
  setTaskStatuses,
  signIn,
  test,
  testDb,
} from "../fixtures";

// Every page at phone width (360 px): axe finds nothing and nothing overflows sideways;
// at desktop width it still fits. The markup is rendered on the server and is the same
// with JavaScript off, whose forms the other specs drive, so this sweep runs once.
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "page sweep runs in the js project");
test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

const anonymousPages = ["/", "/login", "/register", "/login?redirectTo=%2Fowner", "/halaman-yang-tidak-ada"];
const rolePages = {
  owner: ["/owner", "/owner/tasks/profile", "/owner/tasks/legality", "/owner/tasks/channels", "/account", "/mentor"],
  mentor: ["/mentor", "/account", "/admin"],
  admin: ["/admin", "/account", "/owner"],
} as const;

async function sweep(page: Page, paths: readonly string[]) {
  for (const path of paths) {
    await page.setViewportSize(PHONE);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expectAccessibleAndFitting(page);
    await page.setViewportSize(DESKTOP);
    await expectNoHorizontalScroll(page);
  }
}

test("anonymous pages", async ({ page }) => {
  await sweep(page, anonymousPages);
});

for (const role of ["owner", "mentor", "admin"] as const) {
  test(`${role} pages, in both languages`, async ({ page, context }) => {
    await signIn(context, await makeUser(role));
    await sweep(page, rolePages[role]);
    await page.setViewportSize(PHONE);
    await page.goto(rolePages[role][0]);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessibleAndFitting(page);
  });
}

/** An owner far enough along that every task page opens, with one product. */
async function startedOwner(context: Parameters<typeof ownerWithSubmittedProfile>[0]) {
  const owner = await ownerWithSubmittedProfile(context, ["processed_food", "craft"]);
  giveBrand(owner.enterpriseId, "Keripik Teh Siti");
  const now = Math.floor(Date.now() / 1000);
  const productId = Number(
    testDb()
      .prepare(
        `INSERT INTO product (enterprise_id, name, category, price_rupiah, checklist, readiness, created_at, updated_at)
         VALUES (?, 'Keripik Singkong Pedas 250 g', 'processed_food', 15000, '{}', 22, ?, ?)`,
      )
      .run(owner.enterpriseId, now, now).lastInsertRowid,
  );
  const paths = [
    "/owner/tasks/brand",
    "/owner/tasks/ip",
    "/owner/tasks/products",
    "/owner/tasks/products/new",
    `/owner/tasks/products/${productId}`,
    "/owner/tasks/final-review",
  ];
  return { owner, paths };
}

test("every owner task page once it can start", async ({ page, context }) => {
  const { paths } = await startedOwner(context);
  await sweep(page, paths);
});

test("every owner task page in English, with the final review open", async ({ page, context }) => {
  const { owner, paths } = await startedOwner(context);
  setTaskStatuses(owner.enterpriseId, {
    profile: "done",
    legality: "done",
    ip: "done",
    products: "done",
    channels: "done",
  });
  await page.setViewportSize(PHONE);
  await page.goto("/owner/tasks/final-review");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Ask for Go Online confirmation" })).toBeVisible();
  await expectAccessibleAndFitting(page);
  // The markup is the Indonesian sweep's (checked by axe above); English text is longer, so
  // each page must still fit the phone's width.
  for (const path of [...paths, "/owner/tasks/legality", "/owner/tasks/channels"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectNoHorizontalScroll(page);
  }
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke isi halaman" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
