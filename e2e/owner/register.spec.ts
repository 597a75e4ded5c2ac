import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, makeUser, test, testDb } from "../fixtures";

type Row = {
  role: string;
  full_name: string;
  email: string;
  phone: string;
  password_hash: string;
  privacy_consent_version: string | null;
  privacy_consent_at: number | null;
};

function findUser(email: string) {
  return testDb().prepare("SELECT * FROM user WHERE email = ?").get(email) as Row | undefined;
}

async function fillRegistration(
  page: Page,
  values: { fullName: string; email: string; phone: string; password: string; consent: boolean },
) {
  await page.goto("/register");
  await page.getByLabel("Nama lengkap").fill(values.fullName);
  await page.getByLabel("Email").fill(values.email);
  await page.getByLabel("Nomor HP (WhatsApp)").fill(values.phone);
  await page.getByLabel("Kata sandi").fill(values.password);
  if (values.consent) await page.getByLabel(/setuju data saya diproses/).check();
  await page.getByRole("button", { name: "Daftar" }).click();
}

function uniqueValues() {
  const tag = randomUUID().slice(0, 8);
  const digits = String(Math.floor(Math.random() * 1e9)).padStart(9, "0");
  return {
    fullName: `Siti Aminah ${tag}`,
    email: `Siti.${tag}@Contoh.ID`,
    phone: `0812 ${digits.slice(0, 4)}-${digits.slice(4)}`,
    e164: `+62812${digits}`,
    password: "keripik pedas enak",
    consent: true,
  };
}

test("an owner registers and lands on their home, with consent and an E.164 phone stored", async ({ page }) => {
  const v = uniqueValues();
  await fillRegistration(page, v);
  await expect(page).toHaveURL(/\/owner$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Daftar tugas usaha Anda");
  await expect(page.getByText(`Selamat datang, ${v.fullName}`)).toBeVisible();
  await expect(page.getByText(`Masuk sebagai ${v.fullName}`)).toBeVisible();

  const row = findUser(v.email.toLowerCase());
  expect(row).toBeDefined();
  expect(row!.role).toBe("owner");
  expect(row!.phone).toBe(v.e164);
  expect(row!.privacy_consent_version).toBeTruthy();
  expect(Math.abs(row!.privacy_consent_at! - Date.now() / 1000)).toBeLessThan(120);
  expect(row!.password_hash).toMatch(/^\$argon2id\$/);
  expect(row!.password_hash).not.toContain(v.password);
  await expectNoAxeViolations(page);
});

test("registering with a taken email says so next to the field and keeps the other answers", async ({ page }) => {
  const existing = await makeUser("owner");
  const v = { ...uniqueValues(), email: existing.email.toUpperCase() };
  await fillRegistration(page, v);
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Email ini sudah terdaftar.", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Nama lengkap")).toHaveValue(v.fullName);
  await expect(page.getByLabel("Nomor HP (WhatsApp)")).toHaveValue(v.phone);
  await expect(page.getByLabel("Kata sandi")).toHaveValue("");
  expect(testDb().prepare("SELECT count(*) FROM user WHERE full_name = ?").pluck().get(v.fullName)).toBe(0);
  await expectNoAxeViolations(page);
});

test("a weak password is refused with a clear message", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  const v = { ...uniqueValues(), password: "1234567" };
  await fillRegistration(page, v);
  await expect(page.getByLabel("Kata sandi")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();
  expect(findUser(v.email.toLowerCase())).toBeUndefined();

  const common = { ...uniqueValues(), password: "12345678" };
  await fillRegistration(page, common);
  await expect(page.getByText("Kata sandi ini terlalu mudah ditebak.", { exact: false })).toBeVisible();
  expect(findUser(common.email.toLowerCase())).toBeUndefined();
});

test("a number that is not an Indonesian mobile number is refused", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  const v = { ...uniqueValues(), phone: "021 555 1234" };
  await fillRegistration(page, v);
  const phone = page.getByLabel("Nomor HP (WhatsApp)");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await expect(phone).toHaveValue("021 555 1234");
  await expect(page.getByText("Masukkan nomor HP Indonesia", { exact: false })).toBeVisible();
  expect(findUser(v.email.toLowerCase())).toBeUndefined();
});

test("registration needs consent to the privacy notice", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "rendering and server rules: the js project covers them");
  const v = { ...uniqueValues(), consent: false };
  await fillRegistration(page, v);
  await expect(page.getByText("Anda perlu menyetujui pemberitahuan privasi untuk mendaftar.")).toBeVisible();
  await expect(page.getByLabel(/setuju data saya diproses/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue(v.email);
  expect(findUser(v.email.toLowerCase())).toBeUndefined();
  await expectNoAxeViolations(page);
});

test("a taken mobile number, typed another way, is recognised", async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, "server-side rule: the no-js project adds nothing here");
  const existing = await makeUser("owner");
  const v = { ...uniqueValues(), phone: existing.phone! }; // +628… form of the same number
  await fillRegistration(page, v);
  await expect(page.getByText("Nomor HP ini sudah terdaftar.", { exact: false })).toBeVisible();
  expect(findUser(v.email.toLowerCase())).toBeUndefined();
});
