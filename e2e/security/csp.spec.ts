import type { Page } from "@playwright/test";
import {
  assignMentor,
  EXPECTS_CSP_VIOLATIONS,
  expect,
  isPolicyViolation,
  makeEnterprise,
  makeUser,
  ownerWithSubmittedProfile,
  setTaskStatuses,
  signIn,
  test,
} from "../fixtures";
import { photoFile } from "../images";

// The Content-Security-Policy (docs/security.md §4, decision 0024) in a real browser: on a
// representative page set of every role nothing is reported as a violation, and the app still
// hydrates (client-side navigation, live previews, fetchers, uploads previewed from blob: URLs).
test.describe.configure({ timeout: 90_000 });

type Watch = { violations: string[] };

/**
 * Records every CSP violation on the page, across full page loads: the browser's console report
 * ("Refused to … because it violates the following Content Security Policy directive") and the
 * `securitypolicyviolation` event, plus uncaught errors, which a blocked script would cause.
 */
async function watchPolicy(page: Page): Promise<Watch> {
  const watch: Watch = { violations: [] };
  page.on("console", (message) => {
    if (isPolicyViolation(message.text())) watch.violations.push(`${page.url()} console: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.violations.push(`${page.url()} error: ${error.message}`));
  await page.exposeFunction("__reportViolation", (text: string) => {
    // Playwright's trace recorder fetching a blob: image (see isPolicyViolation), not the app.
    if (!/connect-src blocked blob:/.test(text)) watch.violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(
        `${location.pathname} event: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`,
      );
    });
  });
  return watch;
}

/** Marks the current document; `expectSameDocument` then proves a navigation happened in the client. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __marked: boolean }).__marked = true));
}

async function expectSameDocument(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __marked?: boolean }).__marked === true),
    `${page.url()} was reached by client-side navigation (the app hydrated)`,
  ).toBe(true);
}

test("the policy blocks a script injected into a page, and the watcher sees it", async ({ page }) => {
  test.info().annotations.push({ type: EXPECTS_CSP_VIOLATIONS });
  const watch = await watchPolicy(page);
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "Masuk", exact: true })).toBeVisible();
  expect(watch.violations).toEqual([]);
  // What an HTML injection would do: an inline script without the nonce, and a javascript: URL.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.body.append(script);
    const link = document.createElement("a");
    link.href = "javascript:window.__injected = true";
    document.body.append(link);
    link.click();
  });
  await expect.poll(() => watch.violations.length).toBeGreaterThanOrEqual(2);
  expect(watch.violations.join("\n")).toMatch(/script-src/);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("signing in and switching the language raise no violation", async ({ page, owner }) => {
  const watch = await watchPolicy(page);
  await page.goto("/");
  await page.getByRole("link", { name: "Masuk" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email atau nomor HP").fill(owner.email);
  await page.getByLabel("Kata sandi").fill(owner.password);
  await markDocument(page);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar tugas usaha Anda");
  await expectSameDocument(page);

  await page.getByRole("button", { name: "Switch to English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your business task list");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Ganti ke Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  expect(watch.violations).toEqual([]);
});

test("an owner's task pages, with uploads and live previews, raise no violation", async ({ page, context }) => {
  const watch = await watchPolicy(page);
  await ownerWithSubmittedProfile(context, ["processed_food"]);
  await page.goto("/owner");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar tugas usaha Anda");
  await markDocument(page);
  await page.getByRole("link", { name: "Identitas merek" }).last().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Identitas merek");
  await expectSameDocument(page);

  // The preview follows the typing, and shows a chosen logo from a blob: URL (img-src blob:).
  const preview = page.getByRole("region", { name: "Pratinjau" });
  await page.getByLabel("Nama merek", { exact: true }).fill("Keripik Kebijakan");
  await expect(preview.getByText("Keripik Kebijakan")).toBeVisible();
  await page.getByLabel("Logo").setInputFiles(await photoFile("logo-csp.jpg", 300, 300, "#166534"));
  await expect(preview.locator('img[src^="blob:"]')).toBeVisible();
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draf tersimpan." })).toBeVisible();
  // The saved logo comes back from /uploads.
  await expect(preview.locator('img[src^="/uploads/"]')).toBeVisible();

  for (const [path, heading] of [
    ["/owner/tasks/legality", "Legalitas usaha"],
    ["/owner/tasks/products", "Produk"],
    ["/owner/tasks/channels", "Saluran online"],
    ["/notifications", "Pemberitahuan"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  }
  expect(watch.violations).toEqual([]);
});

test("the profile's province list loads the regencies through a fetcher without a violation", async ({
  page,
  context,
}) => {
  const watch = await watchPolicy(page);
  await signIn(context, await makeUser("owner"));
  await page.goto("/owner/tasks/profile");
  await page.getByLabel("Provinsi").selectOption({ label: "Bali" });
  await expect(page.getByLabel("Kabupaten/kota").getByRole("option", { name: "Kabupaten Gianyar" })).toBeAttached();
  expect(watch.violations).toEqual([]);
});

test("a Go Online owner's printable certificate raises no violation", async ({ page, context }) => {
  const watch = await watchPolicy(page);
  const { owner } = await makeEnterprise({ name: "Keripik Lulus", stage: "go_online" });
  await signIn(context, owner);
  await page.goto("/owner/certificate");
  await expect(page.getByRole("article", { name: "Sertifikat Go Online" })).toContainText("Keripik Lulus");
  expect(watch.violations).toEqual([]);
});

test("a mentor's caseload, review page and enterprise record raise no violation", async ({ page, context, mentor }) => {
  const watch = await watchPolicy(page);
  const name = `Keripik Tinjau ${Date.now().toString(36)}`;
  const { enterpriseId } = await makeEnterprise({ name, mentor, stage: "usaha" });
  setTaskStatuses(enterpriseId, { profile: "submitted" });
  assignMentor(mentor, enterpriseId);
  await signIn(context, mentor);
  await page.goto("/mentor");
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await markDocument(page);
  await page.getByRole("link", { name: "1 tugas menunggu tinjauan", exact: true }).click();
  await page.getByRole("link", { name: `Profil usaha: ${name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/mentor/reviews/${enterpriseId}/profile$`));
  await expect(page.getByRole("button", { name: "Setujui" })).toBeVisible();
  await expectSameDocument(page);

  await page.goto(`/mentor/enterprises/${enterpriseId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.goto(`/mentor/enterprises/${enterpriseId}/sessions/new`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/mentor/sessions");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(watch.violations).toEqual([]);
});

test("the administrator's dashboard with its chart, and the users page, raise no violation", async ({
  page,
  context,
  admin,
}) => {
  const watch = await watchPolicy(page);
  await signIn(context, admin);
  await page.goto("/admin");
  await expect(page.getByRole("img", { name: "Pendaftaran dan Go Online per minggu" })).toBeVisible();
  await markDocument(page);
  await page.getByRole("navigation", { name: "Menu administrasi" }).getByRole("link", { name: "Pengguna" }).click();
  await expect(page).toHaveURL(/\/admin\/users/);
  await expectSameDocument(page);
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(watch.violations).toEqual([]);
});
