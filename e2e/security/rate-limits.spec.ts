import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  giveBrand,
  makeUser,
  ownerWithSubmittedProfile,
  signIn,
  test,
  testDb,
  uniqueBrandName,
} from "../fixtures";
import { limitRow, oneShortOfLimit, ownAddress, responseTo } from "./limit-helpers";

// Issue 8, item 5: every limited form answers 429 with Retry-After and says, at the form, in the
// user's language, how long to wait. Each test has an address of its own (limit-helpers.ts).

const TOO_MANY = /Terlalu banyak percobaan\. Coba lagi dalam \d+ menit\./;

function expectRetryAfter(value: string | undefined, atMostSeconds: number) {
  expect(Number(value)).toBeGreaterThan(0);
  expect(Number(value)).toBeLessThanOrEqual(atMostSeconds);
}

async function logIn(page: Page, identifier: string, password: string) {
  await page.getByLabel("Email atau nomor HP").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

test("sign-in: an account is closed after 5 failures with 429 and Retry-After", async ({ page, context, owner }) => {
  await ownAddress(context);
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    const response = await responseTo(page, "/login", "POST", () => logIn(page, owner.email, `salah-${i}-kata`));
    expect(response.status()).toBe(401);
    await expect(page.getByRole("alert")).toHaveText("Email/nomor HP atau kata sandi salah.");
  }
  const response = await responseTo(page, "/login", "POST", () => logIn(page, owner.email, owner.password));
  expect(response.status()).toBe(429);
  expectRetryAfter(response.headers()["retry-after"], 15 * 60);
  await expect(page.getByRole("alert")).toHaveText(
    "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam 15 menit.",
  );
});

test(
  "sign-in: an address is closed after 50 failures, for every account behind it",
  { tag: "@js-only" },
  async ({ page, context }) => {
    const ip = await ownAddress(context);
    const [owner, other] = await Promise.all([makeUser("owner"), makeUser("owner")]);
    oneShortOfLimit("login.ip", ip);
    await page.goto("/login");
    // The 50th failure is answered as a failure and closes the address.
    const last = await responseTo(page, "/login", "POST", () => logIn(page, owner.email, "salah-kata-sandi"));
    expect(last.status()).toBe(401);
    await expect(page.getByRole("alert")).toHaveText("Email/nomor HP atau kata sandi salah.");
    expect(limitRow("login.ip", ip)?.lockedUntil).toBeGreaterThan(Date.now() / 1000);
    const response = await responseTo(page, "/login", "POST", () => logIn(page, other.email, other.password));
    expect(response.status()).toBe(429);
    expectRetryAfter(response.headers()["retry-after"], 15 * 60);
    await expect(page.getByRole("alert")).toContainText("Terlalu banyak percobaan masuk yang gagal");
    expect(testDb().prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(other.id)).toBe(0);
  },
);

test("registration: an address that has tried 60 in an hour is refused at the form, and nothing is created", async ({
  page,
  context,
}) => {
  const ip = await ownAddress(context);
  oneShortOfLimit("register.ip", ip);
  const register = async (tag: string) => {
    const digits = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
    await page.goto("/register");
    await page.getByLabel("Nama lengkap").fill(`Siti ${tag}`);
    await page.getByLabel("Email").fill(`siti.${tag}@contoh.id`);
    await page.getByLabel("Nomor HP (WhatsApp)").fill(`0812${digits}`);
    await page.getByLabel("Kata sandi").fill("keripik pedas enak");
    await page.getByLabel(/setuju data saya diproses/).check();
    return responseTo(page, "/register", "POST", () => page.getByRole("button", { name: "Daftar" }).click());
  };
  const first = randomUUID().slice(0, 8);
  await register(first);
  await expect(page).toHaveURL(/\/owner$/);
  await context.clearCookies();

  const second = randomUUID().slice(0, 8);
  const response = await register(second);
  expect(response.status()).toBe(429);
  expectRetryAfter(response.headers()["retry-after"], 60 * 60);
  await expect(page.getByRole("alert")).toHaveText(TOO_MANY);
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(`Siti ${second}`);
  await expectNoAxeViolations(page);
  const created = (email: string) => testDb().prepare("SELECT count(*) FROM user WHERE email = ?").pluck().get(email);
  expect(created(`siti.${first}@contoh.id`)).toBe(1);
  expect(created(`siti.${second}@contoh.id`)).toBe(0);
});

test("invitation and reset links: 20 unknown secrets from one address close links there, with 429", async ({
  page,
  context,
  javaScriptEnabled,
}) => {
  const ip = await ownAddress(context);
  // With JavaScript, all 20 are sent; without it (the same server rule) the first 19 are arranged.
  if (!javaScriptEnabled) oneShortOfLimit("link.ip", ip);
  for (let i = javaScriptEnabled ? 0 : 19; i < 20; i++) {
    const response = await context.request.get(`/${i % 2 ? "invite" : "reset"}/tebakan${i}${"a".repeat(24)}`);
    expect(response.status()).toBe(404);
  }
  expect(limitRow("link.ip", ip)).toMatchObject({ hits: 20 });

  const response = await page.goto("/invite/tebakanberikutnyayangjugasalah2");
  expect(response?.status()).toBe(429);
  expectRetryAfter(response?.headers()["retry-after"], 15 * 60);
  expect(response?.headers()["cache-control"]).toBe("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terlalu banyak percobaan");
  await expect(page.getByRole("alert")).toContainText(TOO_MANY);
  await expectNoAxeViolations(page);

  // A post to a link is refused the same way, before the link is looked up.
  const post = await context.request.post("/reset/tebakanlainyangjugasalahsekali2", {
    headers: { Origin: new URL(page.url()).origin },
    form: { password: "kata sandi baru yang panjang" },
  });
  expect(post.status()).toBe(429);
  expect(limitRow("link.ip", ip)).toMatchObject({ hits: 20 });
});

test("brand check: 30 checks in 10 minutes per user, then 429 with the message at the form", async ({
  page,
  context,
  owner,
  javaScriptEnabled,
}) => {
  await ownAddress(context);
  await signIn(context, owner);
  // With JavaScript, all 30 are sent; without it (the same server rule) the first 29 are arranged.
  if (!javaScriptEnabled) oneShortOfLimit("brandCheck.user", String(owner.id));
  for (let i = javaScriptEnabled ? 0 : 29; i < 30; i++) {
    const response = await context.request.get(`/brand-check?name=${encodeURIComponent(`Merek Coba ${i}`)}`);
    expect(response.status()).toBe(200);
  }
  await page.goto("/brand-check");
  await page.getByLabel("Nama merek").fill("Keripik Tiga Puluh Satu");
  const response = await responseTo(page, "/brand-check", "GET", () =>
    page.getByRole("button", { name: "Periksa nama merek" }).click(),
  );
  expect(response.status()).toBe(429);
  expectRetryAfter(response.headers()["retry-after"], 10 * 60);
  await expect(page.getByRole("alert")).toHaveText(TOO_MANY);
  await expect(page.getByRole("heading", { name: "Hasil cek nama merek" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("brand check in the trademark task counts against the same limit, and says so beside its button", async ({
  page,
  context,
}) => {
  await ownAddress(context);
  const owner = await ownerWithSubmittedProfile(context, ["processed_food"]);
  giveBrand(owner.enterpriseId, uniqueBrandName());
  oneShortOfLimit("brandCheck.user", String(owner.id));
  const checks = () =>
    testDb().prepare("SELECT count(*) FROM brand_check WHERE enterprise_id = ?").pluck().get(owner.enterpriseId);
  const before = checks() as number;
  await page.goto("/owner/tasks/ip");
  // The last check allowed runs (and the page comes back with it).
  const allowed = await responseTo(page, "/owner/tasks/ip", "POST", () =>
    page.getByRole("button", { name: "Periksa nama merek" }).click(),
  );
  expect(allowed.status()).toBeLessThan(400);
  await expect(page.getByRole("button", { name: "Periksa lagi" })).toBeVisible();
  expect(checks()).toBe(before + 1);

  const response = await responseTo(page, "/owner/tasks/ip", "POST", () =>
    page.getByRole("button", { name: "Periksa lagi" }).click(),
  );
  expect(response.status()).toBe(429);
  expectRetryAfter(response.headers()["retry-after"], 10 * 60);
  await expect(page.getByRole("alert").filter({ hasText: TOO_MANY })).toBeVisible();
  expect(checks()).toBe(before + 1);
});
