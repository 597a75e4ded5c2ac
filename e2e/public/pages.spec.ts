import type { Page } from "@playwright/test";
import { expect, expectAccessibleAndFitting, expectNoHorizontalScroll, makeUser, signIn, test } from "../fixtures";

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

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke isi halaman" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
