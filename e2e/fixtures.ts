import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createUser } from "../app/lib/accounts/accounts.server";
import { createSession } from "../app/lib/auth/session.server";
import { SESSION_COOKIE } from "../app/lib/auth/cookie.server";
import { openDatabase, type Db } from "../app/lib/db.server";
import { TEST_CLOCK_COOKIE } from "../app/lib/clock.server";
import { refreshEnterpriseSummary } from "../app/lib/mentoring/summary.server";
import type { SessionInput } from "../app/utils/validation/mentoring";
import type { Role } from "../app/utils/roles";
import { E2E_BASE_URL, E2E_DATABASE_PATH } from "./env";

export type TestUser = {
  id: number;
  role: Role;
  fullName: string;
  email: string;
  /** E.164 */
  phone: string | null;
  /** as a person types it: 08… */
  localPhone: string | null;
  password: string;
};

let sharedDb: Db | undefined;
/** The e2e server's database file, opened by the test worker to arrange and check data. */
export function testDb(): Db {
  sharedDb ??= openDatabase(E2E_DATABASE_PATH);
  return sharedDb;
}

function randomMobile(): string {
  const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10)).join("");
  return `+628${digits}`;
}

export async function makeUser(role: Role, overrides: Partial<Pick<TestUser, "fullName" | "password">> = {}) {
  const tag = randomUUID().slice(0, 8);
  const phone = role === "owner" ? randomMobile() : null;
  const user = {
    role,
    fullName: overrides.fullName ?? `${{ owner: "Siti", mentor: "Budi", admin: "Rina" }[role]} Uji ${tag}`,
    email: `${role}-${tag}@e2e.test`,
    phone,
    password: overrides.password ?? `rahasia-${tag}`,
  };
  const id = await createUser(testDb(), user);
  return { ...user, id, localPhone: phone ? `0${phone.slice(3)}` : null } satisfies TestUser;
}

/** Signs a context in as `user` by creating a session directly, as the design guide asks. */
export async function signIn(context: BrowserContext, user: TestUser): Promise<string> {
  const { token } = createSession(testDb(), user.id);
  await context.addCookies([
    { name: SESSION_COOKIE, value: token, url: E2E_BASE_URL, httpOnly: true, sameSite: "Lax" },
  ]);
  return token;
}

/**
 * Runs `check` on a page where scripts may run. With JavaScript turned off, the page's
 * current DOM (without its scripts) is copied into a scripted page on the same origin,
 * at the same size, and checked there.
 */
async function onScriptedPage<T>(page: Page, check: (target: Page) => Promise<T>): Promise<T> {
  if (test.info().project.use.javaScriptEnabled !== false) return check(page);
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const browser = page.context().browser()!;
  // One scripted context per browser, reused (it holds no cookies: the copy is self-contained).
  let scratch = scratchContexts.get(browser);
  if (!scratch) {
    scratch = browser.newContext({ javaScriptEnabled: true });
    scratchContexts.set(browser, scratch);
  }
  const copy = await (await scratch).newPage();
  try {
    await copy.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
    // Served by interception at a same-origin address, so the page's stylesheets load.
    const copyUrl = `${E2E_BASE_URL}/__scripted-copy`;
    await copy.route(copyUrl, (route) => route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }));
    await copy.goto(copyUrl, { waitUntil: "load" });
    return await check(copy);
  } finally {
    await copy.close();
  }
}

const scratchContexts = new WeakMap<Browser, Promise<BrowserContext>>();

async function axeViolations(target: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: target })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

function sidewaysOverflow(target: Page): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Fails with the list of axe violations (WCAG 2.2 A/AA) on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  const violations = await onScriptedPage(page, axeViolations);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Nothing sticks out sideways at phone width. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await onScriptedPage(page, sidewaysOverflow);
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(0);
}

/** Both checks at once: axe finds nothing and the page fits the screen's width. */
export async function expectAccessibleAndFitting(page: Page) {
  const [violations, overflow] = await onScriptedPage(
    page,
    async (target) => [await axeViolations(target), await sidewaysOverflow(target)] as const,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(0);
}

/**
 * expectAccessibleAndFitting in the JavaScript project only. The server renders the same markup
 * for both projects, so long flows that run in both check each page once and keep the suite fast.
 */
export async function expectAccessibleAndFittingOnce(page: Page) {
  if (test.info().project.use.javaScriptEnabled === false) return;
  await expectAccessibleAndFitting(page);
}

/**
 * A signed-in owner whose profile (in Garut, with these categories) has been sent for review,
 * arranged directly in the database; the profile spec drives the same through the UI.
 */
export async function ownerWithSubmittedProfile(
  context: BrowserContext,
  categories: string[],
  options: { name?: string } = {},
): Promise<TestUser & { enterpriseId: number }> {
  const owner = await makeUser("owner");
  const db = testDb();
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  const now = Math.floor(Date.now() / 1000);
  const enterpriseId = Number(
    db
      .prepare(
        `INSERT INTO enterprise (owner_user_id, template_version, name, province_code, regency_code, created_at, updated_at)
         VALUES (?, ?, ?, '32', '32.05', ?, ?)`,
      )
      .run(owner.id, version, options.name ?? "Keripik Teh Siti", now, now).lastInsertRowid,
  );
  const addCategory = db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)");
  for (const category of categories) addCategory.run(enterpriseId, category);
  db.prepare(
    "INSERT INTO enterprise_task (enterprise_id, task_key, status, submitted_at, updated_at) VALUES (?, 'profile', 'submitted', ?, ?)",
  ).run(enterpriseId, now, now);
  refreshEnterpriseSummary(db, enterpriseId);
  await signIn(context, owner);
  return { ...owner, enterpriseId };
}

type Fixtures = {
  owner: TestUser;
  mentor: TestUser;
  admin: TestUser;
  db: Db;
  contentSecurityPolicyGuard: void;
};

/** Marks a test that makes the browser report Content-Security-Policy violations on purpose. */
export const EXPECTS_CSP_VIOLATIONS = "expects-csp-violations";

/**
 * A Content-Security-Policy report in the browser's console, other than the one Playwright's
 * trace recorder causes: it reads `blob:` images (a logo previewed before upload) with fetch()
 * from inside the page, which `connect-src 'self'` refuses. The app itself never fetches a blob
 * (`--trace off` shows no report).
 */
export function isPolicyViolation(consoleText: string): boolean {
  return /Content Security Policy/i.test(consoleText) && !/^Connecting to 'blob:/.test(consoleText);
}

export const test = base.extend<Fixtures>({
  db: async ({}, use) => use(testDb()),
  owner: async ({}, use) => use(await makeUser("owner")),
  mentor: async ({}, use) => use(await makeUser("mentor")),
  admin: async ({}, use) => use(await makeUser("admin")),
  // Every spec, on every page of its main browser context, fails if the browser reports a
  // Content-Security-Policy violation (decision 0024): a page that needs an inline script, a
  // <style> element or another origin is caught by the test that visits it.
  contentSecurityPolicyGuard: [
    async ({ context }, use, testInfo) => {
      const violations: string[] = [];
      context.on("console", (message) => {
        if (isPolicyViolation(message.text())) violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
      });
      await use();
      if (!testInfo.annotations.some((a) => a.type === EXPECTS_CSP_VIOLATIONS))
        expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Sets tasks' stored statuses directly, to start a spec further along the journey. */
export function setTaskStatuses(enterpriseId: number, statuses: Record<string, "in_progress" | "submitted" | "done">) {
  const now = Math.floor(Date.now() / 1000);
  const upsert = testDb().prepare(
    `INSERT INTO enterprise_task (enterprise_id, task_key, status, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (enterprise_id, task_key) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
  );
  for (const [task, status] of Object.entries(statuses)) upsert.run(enterpriseId, task, status, now, now);
  // The caseload reads the summary on the enterprise row, which the app rewrites on every task save.
  refreshEnterpriseSummary(testDb(), enterpriseId);
}

/** Gives an enterprise a finished brand identity with this name. */
export function giveBrand(enterpriseId: number, name: string) {
  testDb()
    .prepare(
      `INSERT INTO enterprise_brand (enterprise_id, name, story, colours, updated_at) VALUES (?, ?, 'Cerita merek.', '["#9a3412","#fef3c7"]', ?)
       ON CONFLICT (enterprise_id) DO UPDATE SET name = excluded.name`,
    )
    .run(enterpriseId, name, Math.floor(Date.now() / 1000));
  setTaskStatuses(enterpriseId, { brand: "done" });
}

/**
 * A mentor's decisions, driven directly through the same function the mentor workspace
 * will call (until that workspace exists). Assigns the mentor to the enterprise first.
 */
export async function mentorDecides(
  mentor: TestUser,
  enterpriseId: number,
  decisions: Partial<Record<string, "approve" | { requestChanges: string }>>,
) {
  const { reviewTask } = await import("../app/lib/journey/review.server");
  const db = testDb();
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentor.id, enterpriseId);
  for (const [task, decision] of Object.entries(decisions)) {
    const result = reviewTask(
      db,
      mentor,
      enterpriseId,
      task as never,
      decision === "approve"
        ? { decision: "approve" }
        : { decision: "request_changes", comment: decision!.requestChanges },
    );
    if (!result.ok) throw new Error(`mentor could not decide on ${task}: ${result.reason}`);
  }
}

/**
 * A brand name like no other in the test database: every brand saved is in the trademark
 * index, so specs that expect a clean brand-name check need a name of their own.
 */
export function uniqueBrandName(prefix = "Keripik"): string {
  const syllables = ["zu", "qo", "xe", "vy", "jo", "wu", "fe", "ky", "zo", "xa", "qu", "vi", "ju", "wy", "fo", "ze"];
  const word = Array.from({ length: 5 }, () => syllables[Math.floor(Math.random() * syllables.length)]).join("");
  return `${prefix} ${word[0]!.toUpperCase()}${word.slice(1)}`;
}

/** Puts an enterprise in a mentor's caseload. */
export function assignMentor(mentor: Pick<TestUser, "id">, enterpriseId: number) {
  testDb().prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentor.id, enterpriseId);
}

const DAY = 24 * 60 * 60;
const STORED_TASKS = ["profile", "legality", "brand", "ip", "products", "channels", "final_review"] as const;

/** The tasks done (in journey order) to put an enterprise at the start of a step, or past the end. */
export const STAGE_TASKS_DONE = {
  usaha: 0,
  merek: 2,
  produk: 4,
  online: 5,
  selesai: 6,
  go_online: 7,
} as const;

/**
 * An owner (not signed in anywhere) and their enterprise, arranged in the database at a stage of
 * the journey, optionally in a mentor's caseload and created `ageDays` ago (with no activity
 * since, so older than the stalled threshold it counts as stalled). The summary columns the
 * caseload reads are refreshed as the app does.
 */
export async function makeEnterprise(
  options: {
    name: string;
    mentor?: Pick<TestUser, "id">;
    stage?: keyof typeof STAGE_TASKS_DONE;
    provinceCode?: string;
    regencyCode?: string;
    ageDays?: number;
    categories?: string[];
  } = { name: "Usaha Uji" },
): Promise<{ owner: TestUser; enterpriseId: number }> {
  const owner = await makeUser("owner");
  const db = testDb();
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  const now = Math.floor(Date.now() / 1000);
  const createdAt = now - (options.ageDays ?? 0) * DAY;
  const stage = options.stage ?? "usaha";
  const enterpriseId = Number(
    db
      .prepare(
        `INSERT INTO enterprise (owner_user_id, mentor_user_id, template_version, name, province_code, regency_code,
           go_online_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        owner.id,
        options.mentor?.id ?? null,
        version,
        options.name,
        options.provinceCode ?? "32",
        options.regencyCode ?? "32.05",
        stage === "go_online" ? createdAt : null,
        createdAt,
        createdAt,
      ).lastInsertRowid,
  );
  const addCategory = db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, ?)");
  for (const category of options.categories ?? ["processed_food"]) addCategory.run(enterpriseId, category);
  const addTask = db.prepare(
    "INSERT INTO enterprise_task (enterprise_id, task_key, status, submitted_at, updated_at) VALUES (?, ?, 'done', ?, ?)",
  );
  for (const task of STORED_TASKS.slice(0, STAGE_TASKS_DONE[stage]))
    addTask.run(enterpriseId, task, createdAt, createdAt);
  refreshEnterpriseSummary(db, enterpriseId);
  return { owner, enterpriseId };
}

/**
 * A mentoring session logged through the app's own function (as the session form does), for
 * specs that need one without driving the form.
 */
export async function logSessionAs(
  mentor: TestUser,
  enterpriseId: number,
  input: Partial<SessionInput> & Pick<SessionInput, "sharedNotes" | "privateNotes">,
): Promise<number> {
  const { logSession } = await import("../app/lib/mentoring/sessions.server");
  const { todayInIndonesia } = await import("../app/utils/dates");
  const id = logSession(testDb(), mentor, enterpriseId, {
    heldOn: todayInIndonesia(),
    mode: "kunjungan",
    durationMinutes: 60,
    topics: ["profile"],
    nextAction: null,
    followUpOn: null,
    ...input,
  });
  if (id === null) throw new Error(`mentor ${mentor.id} cannot log a session on enterprise ${enterpriseId}`);
  return id;
}

/** Moves this browser's "now" for the stalled rule (the e2e server runs with TEST_CLOCK=1). */
export async function setTestClock(context: BrowserContext, unixSeconds: number) {
  await context.addCookies([{ name: TEST_CLOCK_COOKIE, value: String(unixSeconds), url: E2E_BASE_URL }]);
}

/** The text appears nowhere in what the server sent for this page, loader data included. */
export async function expectNotInPage(page: Page, text: string) {
  expect(await page.content(), `${page.url()} must not contain “${text}”`).not.toContain(text);
}
