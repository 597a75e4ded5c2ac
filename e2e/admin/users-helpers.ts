import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test, testDb } from "../fixtures";
import { E2E_BASE_URL } from "../env";

/** A unique tag for names and emails made by one test. */
export const uniqueTag = () => randomUUID().slice(0, 8);

/** A fresh browser context (no cookies) with the project's JavaScript setting. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: E2E_BASE_URL,
    locale: "id-ID",
    javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
  });
}

/** Logs in through the login form. */
export async function logInWithForm(page: Page, identifier: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email atau nomor HP").fill(identifier);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** The one-time link shown on the page after it was made. */
export async function shownLink(page: Page): Promise<string> {
  const field = page.getByLabel("Tautan", { exact: true });
  await expect(field).toBeVisible();
  return field.inputValue();
}

export function sessionCount(userId: number): number {
  return testDb().prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(userId) as number;
}

export function auditActions(subjectId: number): string[] {
  return testDb()
    .prepare("SELECT action FROM audit_log WHERE subject_type = 'user' AND subject_id = ? ORDER BY id")
    .pluck()
    .all(String(subjectId)) as string[];
}

/** Opens a province's section of the coverage picker (it works without JavaScript: <details>). */
export async function openProvince(page: Page, province: string) {
  await page
    .locator("details")
    .filter({ has: page.getByLabel(`Seluruh ${province}`, { exact: true }) })
    .locator("summary")
    .click();
}
