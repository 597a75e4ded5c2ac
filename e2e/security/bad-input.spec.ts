import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { createUser } from "../../app/lib/accounts/accounts.server";
import { createResetLink, createStaffAccount } from "../../app/lib/accounts/staff.server";
import { createSession } from "../../app/lib/auth/session.server";
import { SESSION_COOKIE } from "../../app/lib/auth/cookie.server";
import { openDatabase, type Db } from "../../app/lib/db.server";
import { refreshEnterpriseSummary } from "../../app/lib/mentoring/summary.server";
import { id as indonesian } from "../../app/utils/i18n/id";
import { E2E_DATABASE_PATH, E2E_PORT, E2E_UPLOAD_DIR } from "../env";
import {
  changes,
  decodeHtml,
  formsOf,
  MB2,
  payloadsFor,
  snapshot,
  type Expect,
  type Field,
  type FieldKind,
  type PageForm,
  type Snapshot,
} from "./bad-input-kit";

// Posts malformed values to every action of the app (read from the production build's route
// manifest, so a new action without an entry below fails this test by name) and checks that each
// is refused with a 4xx and a message, or, where the value is valid after all, stored exactly —
// never a 5xx, never a partial write. See docs/security.md, section 2.
//
// The server is a second production server of its own on its own database file: the check
// "the database is unchanged" compares every row of every table, which another spec writing to
// the shared e2e database at the same time would break.
test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_BAD_INPUT_PORT ?? E2E_PORT + 5);
const BASE = `http://127.0.0.1:${PORT}`;
const DB_PATH = E2E_DATABASE_PATH.replace(/(\.sqlite)?$/, "-bad-input.sqlite");
const UPLOADS = `${E2E_UPLOAD_DIR}-bad-input`;

type Role = "visitor" | "owner" | "mentor" | "admin" | "account" | "consenter";

type World = {
  owner: { id: number; enterpriseId: number; productId: number };
  mentor: { id: number; sessionId: number; notificationId: number };
  admin: { id: number };
  otherMentor: { id: number };
  staffId: number;
  inviteSecret: string;
  resetSecret: string;
  ownerEmail: string;
  /** A pending deletion request (of an owner made for it); replaced once decided. */
  deletion: { requestId: number };
  consenter: { id: number };
};

type Entry = {
  role: Role;
  path: (w: World) => string;
  /** The page whose forms post here (default: the action's own path). */
  page?: (w: World) => string;
  /** Fields the page does not show (or that no page shows), with their kind. */
  fields?: Record<string, FieldKind>;
  /** Values for a valid post (merged over the page's own), so odd but valid values can be accepted. */
  valid?: (w: World) => Record<string, string | string[]>;
  /** Kinds to use instead of those read from the page. */
  kinds?: Record<string, FieldKind>;
  /** Fields the action reads only to lead the user somewhere: an odd value may be ignored. */
  ignored?: string[];
  /** The same action for a record that does not exist. */
  missing?: (w: World) => string;
  /** The action never reads the body (sign-out): any body is accepted, nothing may be written. */
  ignoresBody?: boolean;
  /** Intents that only show the form again (no save): accepted values need not be stored. */
  showOnly?: string[];
  /** At most this many fields of a form get every payload (forms of forty fields would be slow). */
  maxFields?: number;
  /**
   * A post that is accepted ends the state this action works on (a decided request, a consent
   * given): set it up again before the next case, so every case meets the same page.
   */
  rearm?: (w: World) => Promise<void>;
};

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

const ACTIONS: Record<string, Entry> = {
  "routes/$": { role: "visitor", path: () => "/tidak-ada-halaman-ini", fields: { q: "text" } },
  "routes/language": {
    role: "visitor",
    path: () => "/language",
    fields: { locale: "choice", redirectTo: "choice" },
    valid: () => ({ locale: "en", redirectTo: "/" }),
    ignored: ["redirectTo"],
  },
  "routes/logout": { role: "visitor", path: () => "/logout", fields: { x: "text" }, ignoresBody: true },
  "routes/login": {
    role: "visitor",
    path: () => "/login",
    valid: (w) => ({ identifier: w.ownerEmail, password: "kata-sandi-salah" }),
    ignored: ["redirectTo"],
  },
  "routes/register": {
    role: "visitor",
    path: () => "/register",
    valid: () => {
      const tag = randomUUID().slice(0, 8);
      return {
        fullName: "Ani Uji",
        email: `ani-${tag}@e2e.test`,
        phone: `08${String(Math.floor(Math.random() * 1e10)).padStart(10, "1")}`,
        password: `rahasia-${tag}`,
        consent: "on",
      };
    },
    kinds: { phone: "text" },
  },
  "routes/account": { role: "account", path: () => "/account", valid: () => ({ currentPassword: "bukan-sandinya" }) },
  // The owner's deletion request: a wrong password keeps every post from asking for erasure.
  "routes/account_.privacy": {
    role: "account",
    path: () => "/account/privacy",
    fields: { intent: "choice", password: "text" },
    valid: () => ({ intent: "request", password: "bukan-sandinya" }),
  },
  // Consent again at sign-in, for an owner who has not accepted the current versions: only the
  // exact tick is accepted (and recorded); then their consents are taken back for the next case.
  "routes/consent": {
    role: "consenter",
    path: () => "/consent",
    valid: () => ({ agree: "on" }),
    ignored: ["redirectTo"],
    rearm: async (w) => {
      db.prepare("DELETE FROM user_consent WHERE user_id = ?").run(w.consenter.id);
    },
  },
  // An administrator's decision on a real pending request. The erasure is posted with the exact
  // tick only; a decline stores its reason. Either ends the request, so the next case gets a new
  // one, from a new owner.
  "routes/admin.deletions.$id": {
    role: "admin",
    path: (w) => `/admin/deletions/${w.deletion.requestId}`,
    valid: () => ({ confirm: "on", reason: "Masih ada pinjaman yang berjalan." }),
    missing: () => "/admin/deletions/987654321",
    rearm: async (w) => {
      w.deletion = await pendingDeletion();
    },
  },
  "routes/invite.$token": {
    role: "visitor",
    path: (w) => `/invite/${w.inviteSecret}`,
    missing: () => "/invite/tidakada",
  },
  "routes/reset.$token": { role: "visitor", path: (w) => `/reset/${w.resetSecret}`, missing: () => "/reset/tidakada" },
  "routes/notifications": { role: "mentor", path: () => "/notifications", kinds: { id: "id" } },
  "routes/owner.tasks.profile": {
    role: "owner",
    path: () => "/owner/tasks/profile",
    maxFields: 12,
    showOnly: ["choose-province"],
  },
  "routes/owner.tasks.legality": { role: "owner", path: () => "/owner/tasks/legality", maxFields: 10 },
  "routes/owner.tasks.brand": {
    role: "owner",
    path: () => "/owner/tasks/brand",
    valid: () => ({ name: "Keripik Zuqoxe" }),
  },
  "routes/owner.tasks.ip": { role: "owner", path: () => "/owner/tasks/ip", maxFields: 10 },
  "routes/owner.tasks.channels": { role: "owner", path: () => "/owner/tasks/channels", maxFields: 10 },
  "routes/owner.tasks.products._index": { role: "owner", path: () => "/owner/tasks/products" },
  "routes/owner.tasks.products.new": {
    role: "owner",
    path: () => "/owner/tasks/products/new",
    valid: () => ({
      name: "Keripik Uji",
      category: "processed_food",
      priceRupiah: "15000",
      netAmount: "100",
      netUnit: "g",
    }),
    maxFields: 10,
  },
  "routes/owner.tasks.products.$productId": {
    role: "owner",
    path: (w) => `/owner/tasks/products/${w.owner.productId}`,
    missing: () => "/owner/tasks/products/987654321",
    maxFields: 10,
  },
  "routes/owner.tasks.final-review": { role: "owner", path: () => "/owner/tasks/final-review" },
  "routes/owner.impact": { role: "owner", path: () => "/owner/impact" },
  "routes/owner.messages.$taskKey": {
    role: "owner",
    path: () => "/owner/messages/profile",
    valid: () => ({ body: "Pertanyaan saya" }),
    missing: () => "/owner/messages/tidak-ada",
  },
  "routes/mentor.enterprises.$id.impact": {
    role: "mentor",
    path: (w) => `/mentor/enterprises/${w.owner.enterpriseId}/impact`,
    missing: () => "/mentor/enterprises/987654321/impact",
  },
  "routes/mentor.enterprises.$id.sessions.new": {
    role: "mentor",
    path: (w) => `/mentor/enterprises/${w.owner.enterpriseId}/sessions/new`,
    valid: () => ({ heldOn: today(), mode: "kunjungan", durationMinutes: "60", topics: "brand" }),
    missing: () => "/mentor/enterprises/987654321/sessions/new",
  },
  "routes/mentor.reviews.$enterpriseId.$taskKey": {
    role: "mentor",
    path: (w) => `/mentor/reviews/${w.owner.enterpriseId}/legality`,
    valid: () => ({ body: "Komentar pendamping", comment: "Mohon lengkapi" }),
    missing: () => "/mentor/reviews/987654321/legality",
  },
  "routes/mentor.sessions.$sessionId": {
    role: "mentor",
    path: (w) => `/mentor/sessions/${w.mentor.sessionId}`,
    missing: () => "/mentor/sessions/987654321",
  },
  "routes/admin.users.new": {
    role: "admin",
    path: () => "/admin/users/new",
    valid: () => ({ fullName: "Staf Uji", email: `staf-${randomUUID().slice(0, 8)}@e2e.test`, role: "admin" }),
  },
  "routes/admin.users.$id": {
    role: "admin",
    path: (w) => `/admin/users/${w.staffId}`,
    missing: () => "/admin/users/987654321",
  },
  "routes/admin.assignments.$enterpriseId": {
    role: "admin",
    path: (w) => `/admin/assignments/${w.owner.enterpriseId}`,
    valid: (w) => ({ mentorId: String(w.mentor.id) }),
    kinds: { mentorId: "id" },
    ignored: ["back"],
    missing: () => "/admin/assignments/987654321",
  },
  "routes/admin.assignments.bulk": {
    role: "admin",
    path: () => "/admin/assignments/bulk",
    page: () => "/admin/assignments/bulk?province=11",
    fields: { expected: "number", mentorId: "id", mentorEmail: "text" },
    valid: () => ({ expected: "0", province: "11" }),
    ignored: ["province", "regency", "q", "category", "size", "stage"],
  },
  "routes/admin.assignments.transfer": {
    role: "admin",
    path: (w) => `/admin/assignments/transfer?from=${w.otherMentor.id}`,
    fields: { mentorId: "id", mentorEmail: "text" },
    missing: () => "/admin/assignments/transfer?from=987654321",
  },
  "routes/admin.checklist._index": { role: "admin", path: () => "/admin/checklist", fields: { intent: "choice" } },
  "routes/admin.checklist.publish": {
    role: "admin",
    path: () => "/admin/checklist/publish",
    fields: { note: "text", draft: "choice" },
  },
  "routes/admin.checklist.tasks.$taskKey": {
    role: "admin",
    path: () => "/admin/checklist/tasks/brand",
    missing: () => "/admin/checklist/tasks/tidak-ada",
    maxFields: 10,
  },
  "routes/admin.settings": {
    role: "admin",
    path: () => "/admin/settings",
    maxFields: 8,
    // what the page showed, to write only the targets that changed; the stalled form's year leads back
    ignored: [
      "year",
      "shown_national",
      ...Array.from({ length: 100 }, (_, i) => `shown_province_${String(i).padStart(2, "0")}`),
    ],
  },
  "routes/admin.trademarks": { role: "admin", path: () => "/admin/trademarks", fields: { csv: "text" } },
};

// ---------------------------------------------------------------------------------------------
// The server and its data

let server: ChildProcess | undefined;
let serverLog = "";
let db: Db;
let reader: Database.Database;
let world: World;
const tokens: Partial<Record<Role, string>> = {};

async function startServer() {
  server = spawn(process.execPath, ["e2e/serve.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      INSECURE_COOKIES: "1",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH: DB_PATH,
      UPLOAD_DIR: UPLOADS,
      TEST_CLOCK: "1",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  server.stderr!.on("data", (chunk: Buffer) => {
    serverLog += chunk.toString();
  });
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`bad-input server exited:\n${serverLog}`);
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`bad-input server did not start on ${BASE}:\n${serverLog}`);
}

async function arrange(): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  const mk = (role: "owner" | "mentor" | "admin", name: string) =>
    createUser(db, {
      role,
      fullName: `${name} ${tag}`,
      email: `${name.toLowerCase()}-${tag}@e2e.test`,
      phone: role === "owner" ? `+628${String(Math.floor(Math.random() * 1e9)).padStart(9, "1")}` : null,
      password: `rahasia-${tag}`,
    });
  const ownerId = await mk("owner", "Pemilik");
  const mentorId = await mk("mentor", "Pendamping");
  const otherMentorId = await mk("mentor", "Lain");
  const adminId = await mk("admin", "Admin");
  const accountId = await mk("owner", "Akun");
  const now = Math.floor(Date.now() / 1000);
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  const enterpriseId = Number(
    db
      .prepare(
        `INSERT INTO enterprise (owner_user_id, mentor_user_id, template_version, name, province_code, regency_code, created_at, updated_at)
         VALUES (?, ?, ?, 'Keripik Teh Uji', '32', '32.05', ?, ?)`,
      )
      .run(ownerId, mentorId, version, now, now).lastInsertRowid,
  );
  db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, 'processed_food')").run(
    enterpriseId,
  );
  // Every task started, so each task page's action is open; legality waits for the mentor's review.
  const task = db.prepare(
    "INSERT INTO enterprise_task (enterprise_id, task_key, status, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?)",
  );
  for (const key of ["profile", "brand", "ip", "products", "channels", "final_review"])
    task.run(enterpriseId, key, "in_progress", null, now);
  task.run(enterpriseId, "legality", "submitted", now, now);
  db.prepare(
    `INSERT INTO enterprise_brand (enterprise_id, name, story, colours, updated_at) VALUES (?, 'Keripik Zuqoxe', 'Cerita.', '["#9a3412","#fef3c7"]', ?)`,
  ).run(enterpriseId, now);
  const productId = Number(
    db
      .prepare(
        `INSERT INTO product (enterprise_id, name, category, description, price_rupiah, net_amount, net_unit, checklist, readiness, created_at, updated_at)
         VALUES (?, 'Keripik Uji', 'processed_food', 'Renyah.', 15000, 100, 'g', '{}', 0, ?, ?)`,
      )
      .run(enterpriseId, now, now).lastInsertRowid,
  );
  refreshEnterpriseSummary(db, enterpriseId);
  const sessionId = Number(
    db
      .prepare(
        `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics, shared_notes,
           private_notes, next_action, follow_up_on, created_at, updated_at)
         VALUES (?, ?, ?, 'kunjungan', 60, '["brand"]', 'Catatan.', NULL, NULL, NULL, ?, ?)`,
      )
      .run(enterpriseId, mentorId, today(), now, now).lastInsertRowid,
  );
  const notificationId = Number(
    db
      .prepare(
        `INSERT INTO notification (user_id, kind, enterprise_id, task_key, actor_user_id, created_at) VALUES (?, 'submitted', ?, 'legality', ?, ?)`,
      )
      .run(mentorId, enterpriseId, ownerId, now).lastInsertRowid,
  );
  const invited = createStaffAccount(
    db,
    { role: "mentor", fullName: `Undangan ${tag}`, email: `undangan-${tag}@e2e.test`, phone: null, coverage: ["32"] },
    adminId,
    null,
    now,
  );
  if (!invited.ok) throw new Error("could not invite a mentor");
  const staff = createStaffAccount(
    db,
    { role: "admin", fullName: `Staf ${tag}`, email: `staf-${tag}@e2e.test`, phone: null, coverage: [] },
    adminId,
    null,
    now,
  );
  if (!staff.ok) throw new Error("could not invite an administrator");
  // The transfer page shows its form only for a mentor with cases.
  const otherOwnerId = await mk("owner", "Kedua");
  db.prepare(
    `INSERT INTO enterprise (owner_user_id, mentor_user_id, template_version, name, province_code, regency_code, created_at, updated_at)
     VALUES (?, ?, ?, 'Usaha Lain', '32', '32.05', ?, ?)`,
  ).run(otherOwnerId, otherMentorId, version, now, now);
  const consenterId = await mk("owner", "Setuju");
  db.prepare("DELETE FROM user_consent WHERE user_id = ?").run(consenterId);
  const reset = createResetLink(db, otherMentorId, adminId, null, now);
  if (!reset.ok) throw new Error("could not make a reset link");
  for (const [role, id] of [
    ["owner", ownerId],
    ["mentor", mentorId],
    ["admin", adminId],
    ["account", accountId],
    ["consenter", consenterId],
  ] as const)
    tokens[role] = createSession(db, id).token;
  return {
    owner: { id: ownerId, enterpriseId, productId },
    mentor: { id: mentorId, sessionId, notificationId },
    admin: { id: adminId },
    otherMentor: { id: otherMentorId },
    staffId: staff.userId,
    inviteSecret: invited.secret,
    resetSecret: reset.secret,
    ownerEmail: `pemilik-${tag}@e2e.test`,
    deletion: await pendingDeletion(),
    consenter: { id: consenterId },
  };
}

/** A new owner (with an enterprise) who has asked for their account to be erased. */
async function pendingDeletion(): Promise<World["deletion"]> {
  const tag = randomUUID().slice(0, 8);
  const userId = await createUser(db, {
    role: "owner",
    fullName: `Hapus ${tag}`,
    email: `hapus-${tag}@e2e.test`,
    phone: `+628${String(Math.floor(Math.random() * 1e9)).padStart(9, "1")}`,
    password: `rahasia-${tag}`,
  });
  const now = Math.floor(Date.now() / 1000);
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number;
  db.prepare(
    `INSERT INTO enterprise (owner_user_id, template_version, name, province_code, regency_code, created_at, updated_at)
     VALUES (?, ?, 'Usaha Dihapus', '32', '32.05', ?, ?)`,
  ).run(userId, version, now, now);
  const requestId = Number(
    db.prepare("INSERT INTO deletion_request (user_id, status, requested_at) VALUES (?, 'pending', ?)").run(userId, now)
      .lastInsertRowid,
  );
  return { requestId };
}

test.beforeAll(async () => {
  test.setTimeout(60_000);
  await startServer();
  db = openDatabase(DB_PATH);
  reader = new Database(DB_PATH, { readonly: true, fileMustExist: true });
  world = await arrange();
});

test.afterAll(async () => {
  reader?.close();
  db?.close();
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server!.once("exit", r));
  }
});

// ---------------------------------------------------------------------------------------------
// Posting

type Body =
  | { kind: "form"; pairs: [string, string][]; multipart?: boolean }
  | { kind: "raw"; contentType: string | null; data: string | Buffer };

type Case = { label: string; body: Body; expect: Expect; value?: string; path?: string };

/**
 * A post as `role`, with Node's fetch rather than a Playwright request context: no cookie jar, so
 * a post that signs someone in (a reset link) does not change who the next post comes from.
 */
async function send(role: Role, url: string, method: "GET" | "POST", body?: Body) {
  const headers: Record<string, string> = { Origin: BASE };
  if (role !== "visitor") headers.Cookie = `${SESSION_COOKIE}=${tokens[role]}`;
  let data: string | Buffer | undefined;
  if (body?.kind === "form") {
    if (body.multipart) {
      const boundary = `----bad-input-${randomUUID()}`;
      headers["Content-Type"] = `multipart/form-data; boundary=${boundary}`;
      data = multipartBody(body.pairs, boundary);
    } else {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      data = new URLSearchParams(body.pairs).toString();
    }
  } else if (body?.kind === "raw") {
    if (body.contentType) headers["Content-Type"] = body.contentType;
    data = body.data;
  }
  // node:http with a new connection per request: a server that answers before reading a body
  // closes the connection, which must not fail the next post sent over it.
  const payload = data === undefined ? undefined : Buffer.from(data);
  if (payload) headers["Content-Length"] = String(payload.length);
  return new Promise<{ status: number; contentType: string; setCookie: string; text: string }>((resolve, reject) => {
    const req = http.request(`${BASE}${url}`, { method, headers, agent: false, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers["content-type"] ?? ""),
          setCookie: ([] as string[]).concat(res.headers["set-cookie"] ?? []).join(", "),
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    // The server may answer (413) and close before the whole body is sent: the answer counts.
    if (payload) req.write(payload, () => undefined);
    req.end();
  });
}

function multipartBody(pairs: [string, string][], boundary: string): Buffer {
  const parts = pairs.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return Buffer.from(`${parts.join("")}--${boundary}--\r\n`);
}

let cached: Snapshot | undefined;
let snapshots = 0;
function dbSnapshot(): Snapshot {
  const version = reader.pragma("data_version", { simple: true }) as number;
  if (cached && cached.version === version) return cached;
  snapshots++;
  cached = snapshot(reader as unknown as Db);
  return cached;
}

// The app's error texts in Indonesian (the test users' language): a refusal must show one of them.
const ERROR_KEY =
  /error|invalid|required|tooLong|tooShort|tooLarge|tooMany|unknown|expired|\.used|locked|throttled|failed|taken|refus|reason|cannot|mismatch|notSubmitted|prerequisites|sameMentor|inactive|choose|notStaff|missing|formSummary|generic|404|403|wrong|future|before|format|notFound|noFile|columns|invalid|oneOpen|finish\.(noProducts|notReady)/i;
const ERROR_TEXTS = Object.entries(indonesian)
  .filter(([key]) => ERROR_KEY.test(key))
  .map(([, text]) => text.split("{")[0]!.trim())
  .filter((text) => text.length >= 10);

function mainText(html: string): string {
  const start = html.indexOf("<main");
  const end = html.indexOf("</main>");
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  return decodeHtml(main.replace(/<script[\s\S]*?<\/script>/gi, " ").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
}

/** What the user reads on a refusal: one of the app's error texts, in the page's main content. */
function hasMessage(contentType: string, text: string): boolean {
  if (/text\/plain/.test(contentType)) return text.trim().length > 0;
  if (!/text\/html/.test(contentType) || !/<html[^>]*lang="id"/.test(text)) return false;
  const main = mainText(text);
  return ERROR_TEXTS.some((message) => main.includes(message));
}

function storedVerbatim(diff: string[], value: string): boolean {
  const forms = [value, value.replace(/\r\n/g, "\n")];
  const escaped = forms.flatMap((v) => [
    JSON.stringify(v).slice(1, -1),
    JSON.stringify(JSON.stringify(v).slice(1, -1)).slice(1, -1),
  ]);
  return diff.some((line) => [...escaped].some((v) => line.includes(v)));
}

const failures: string[] = [];
function fail(line: string) {
  failures.push(line);
  if (process.env.BAD_INPUT_TIMING) console.log(`FAIL ${line}`);
}

async function runCase(routeId: string, entry: Entry, c: Case, before: Snapshot | null) {
  const url = c.path ?? entry.path(world);
  const name = `${routeId} POST ${url} — ${c.label}`;
  let response;
  try {
    response = await send(entry.role, url, "POST", c.body);
  } catch (error) {
    fail(`${name}: request failed: ${(error as Error).message.split("\n")[0]}`);
    return { accepted: false };
  }
  const { status, text, contentType, setCookie } = response;
  if (status >= 500) {
    fail(`${name}: ${status}`);
    return { accepted: false };
  }
  const accepted = status < 400;
  if (accepted && c.expect.outcome === "reject") fail(`${name}: accepted (${status}), should be refused`);
  if (!accepted && !hasMessage(contentType, text))
    fail(`${name}: ${status} without a message the user can read: ${mainText(text).slice(0, 300)}`);
  if (/(^|,)\s*x=1/.test(setCookie)) fail(`${name}: a header was injected (Set-Cookie: ${setCookie})`);
  if (before) checkWrites(name, entry, c, accepted, status, changes(before, dbSnapshot()));
  // An accepted post ended the state this action works on: set it up again for the next case.
  if (accepted && entry.rearm) await entry.rearm(world);
  return { accepted };
}

/** A refusal wrote nothing; an accepted odd value was stored exactly as sent, or not at all. */
function checkWrites(name: string, entry: Entry, c: Case, accepted: boolean, status: number, diff: string[]) {
  if (!accepted && diff.length) fail(`${name}: refused (${status}) but wrote:\n    ${diff.slice(0, 5).join("\n    ")}`);
  if (!accepted || c.expect.outcome !== "either" || c.value === undefined) return;
  if (
    c.expect.check === "stored" &&
    !entry.ignored?.some((f) => c.label.startsWith(`${f}:`)) &&
    !storedVerbatim(diff, c.value)
  )
    fail(`${name}: accepted (${status}) but the value was not stored exactly`);
  if (c.expect.check === "notStored" && storedVerbatim(diff, c.value))
    fail(`${name}: accepted (${status}) and stored an invalid choice`);
}

/** Runs cases that must all be refused side by side, with one snapshot around them all. */
async function runRejectBatch(routeId: string, entry: Entry, cases: Case[]) {
  const before = dbSnapshot();
  const queue = [...cases];
  const workers = Array.from({ length: 4 }, async () => {
    for (let c = queue.shift(); c; c = queue.shift()) await runCase(routeId, entry, c, null);
  });
  await Promise.all(workers);
  const diff = changes(before, dbSnapshot());
  if (diff.length)
    fail(
      `${routeId}: refused posts wrote to the database (cases: ${cases.map((c) => c.label).join("; ")}):\n    ${diff.slice(0, 8).join("\n    ")}`,
    );
}

// ---------------------------------------------------------------------------------------------
// Cases

/**
 * The cases for one form and intent. `full`: every payload in every chosen field and the whole-post
 * cases (content types, size); the form's other intents get the cases that depend on the intent.
 */
function casesFor(
  entry: Entry,
  form: PageForm,
  intent: string | null,
  valid: () => Record<string, string | string[]>,
  full: boolean,
) {
  const base = (): [string, string][] => {
    const overrides = valid();
    const pairs: [string, string][] = form.values.filter(([name]) => !(name in overrides));
    for (const [name, value] of Object.entries(overrides))
      for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
    if (intent !== null) pairs.push(["intent", intent]);
    return pairs;
  };
  const multipart = form.multipart;
  const formBody = (pairs: [string, string][], asMultipart = multipart): Body => ({
    kind: "form",
    pairs,
    multipart: asMultipart,
  });
  const tag = intent === null ? "" : `[intent=${intent}] `;
  const showOnly = intent !== null && !!entry.showOnly?.includes(intent);
  const reject: Case[] = [];
  const either: Case[] = [];

  const fields: Field[] = [
    ...form.fields,
    ...Object.entries(entry.fields ?? {}).map(([name, kind]) => ({ name, kind })),
  ]
    .filter((f, i, all) => f.name !== "intent" && all.findIndex((g) => g.name === f.name) === i)
    .map((f) => ({ ...f, kind: entry.kinds?.[f.name] ?? f.kind }));
  // Every kind of field first, then the rest, up to maxFields.
  const byKind = [...new Set(fields.map((f) => f.kind))].map((k) => fields.find((f) => f.kind === k)!);
  const chosen = full ? [...byKind, ...fields.filter((f) => !byKind.includes(f))].slice(0, entry.maxFields ?? 6) : [];

  for (const field of chosen) {
    for (const payload of payloadsFor(field.kind)) {
      const pairs = base().filter(([name]) => name !== field.name);
      pairs.push([field.name, payload.value]);
      // A field only used to lead the user somewhere may ignore what it holds.
      const expect: Expect =
        entry.ignored?.includes(field.name) || (showOnly && payload.expect.outcome === "either")
          ? { outcome: "either", check: "none" }
          : payload.expect;
      const c: Case = {
        label: `${tag}${field.name}: ${payload.label}`,
        body: formBody(pairs),
        expect,
        value: payload.value,
      };
      (expect.outcome === "reject" ? reject : either).push(c);
    }
    // The same name twice, the second odd; and array- and object-like names.
    const pairs = base();
    either.push({
      label: `${tag}${field.name}: duplicated`,
      body: formBody([...pairs, [field.name, "<b>dua</b>"]]),
      expect: { outcome: "either", check: "none" },
    });
    either.push({
      label: `${tag}${field.name}: as ${field.name}[] and ${field.name}[a][b]`,
      body: formBody([
        ...pairs.filter(([n]) => n !== field.name),
        [`${field.name}[]`, "1"],
        [`${field.name}[a][b]`, "2"],
      ]),
      expect: { outcome: "either", check: "none" },
    });
  }

  either.push({ label: `${tag}empty body`, body: formBody([]), expect: { outcome: "either", check: "none" } });
  either.push({
    label: `${tag}every field empty`,
    body: formBody(base().map(([n, v]) => [n, n === "intent" ? v : ""])),
    expect: { outcome: "either", check: "none" },
  });
  if (entry.missing)
    reject.push({
      label: `${tag}record that does not exist`,
      body: formBody(base()),
      expect: { outcome: "reject" },
      path: entry.missing(world),
    });
  // The whole post, once per form.
  if (full) {
    const all = base();
    either.push({
      label: `${tag}every field twice, the second odd`,
      body: formBody([
        ...all,
        ...all.filter(([n]) => n !== "intent").map(([n]): [string, string] => [n, "<i>lain</i>"]),
      ]),
      expect: { outcome: "either", check: "none" },
    });
    either.push({
      label: `${tag}every field as name[] and name[a]`,
      body: formBody(
        all.flatMap(([n, v]): [string, string][] =>
          n === "intent"
            ? [[n, v]]
            : [
                [`${n}[]`, v],
                [`${n}[a]`, v],
              ],
        ),
      ),
      expect: { outcome: "either", check: "none" },
    });
    reject.push({
      label: `${tag}2 MB field`,
      body: formBody([...base(), [chosen[0]?.name ?? "x", MB2]]),
      expect: { outcome: "reject" },
    });
    reject.push({
      label: `${tag}BEL and ESC in a field`,
      body: formBody([...base(), [chosen[0]?.name ?? "x", "ding\u0007\u001b[2J"]]),
      expect: { outcome: "reject" },
    });
    reject.push({
      label: `${tag}NUL in a field name`,
      body: formBody([...base(), ["na\u0000me", "x"]]),
      expect: { outcome: "reject" },
    });
    const json = JSON.stringify(Object.fromEntries(base()));
    reject.push({
      label: `${tag}JSON body`,
      body: { kind: "raw", contentType: "application/json", data: json },
      expect: { outcome: "reject" },
    });
    reject.push({
      label: `${tag}text/plain body`,
      body: { kind: "raw", contentType: "text/plain", data: new URLSearchParams(base()).toString() },
      expect: { outcome: "reject" },
    });
    reject.push({
      label: `${tag}no content type`,
      body: { kind: "raw", contentType: null, data: "a=1" },
      expect: { outcome: "reject" },
    });
    const boundary = "----truncated";
    reject.push({
      label: `${tag}truncated multipart`,
      body: {
        kind: "raw",
        contentType: `multipart/form-data; boundary=${boundary}`,
        data: multipartBody(base(), boundary).subarray(0, 60),
      },
      expect: { outcome: "reject" },
    });
    reject.push({
      label: `${tag}multipart without a boundary`,
      body: { kind: "raw", contentType: "multipart/form-data", data: "x=1" },
      expect: { outcome: "reject" },
    });
    either.push({
      label: `${tag}${multipart ? "urlencoded where multipart" : "multipart where urlencoded"} is expected`,
      body: formBody(base(), !multipart),
      expect: { outcome: "either", check: "none" },
    });
    if (intent !== null || form.intents.length > 0)
      reject.push({
        label: `${tag}invalid intent`,
        body: formBody([...base().filter(([n]) => n !== "intent"), ["intent", "hapus-semua"]]),
        expect: { outcome: "reject" },
      });
  }
  if (entry.ignoresBody) {
    const none: Expect = { outcome: "either", check: "none" };
    return { reject: [], either: [...reject, ...either].map((c) => ({ ...c, expect: none })) };
  }
  return { reject, either };
}

async function pageForms(routeId: string, entry: Entry): Promise<PageForm[]> {
  const action = entry.path(world).split("?")[0]!;
  const page = entry.page?.(world) ?? entry.path(world);
  const response = await send(entry.role, page, "GET");
  const forms = response.status === 200 ? formsOf(response.text, action) : [];
  if (forms.length) return forms;
  if (!entry.fields)
    throw new Error(
      `${routeId}: ${page} shows no form posting to ${action} (status ${response.status}) and the entry names no fields`,
    );
  return [{ values: [], fields: [], intents: [], multipart: false }];
}

test("every action refuses malformed input with a 4xx and a message, or stores it exactly; never a 5xx or a partial write", async () => {
  test.setTimeout(Number(process.env.BAD_INPUT_TIMEOUT ?? 180_000));
  const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as {
    routes: Record<string, { module: { action?: unknown } }>;
  };
  const actions = Object.entries(build.routes)
    .filter(([, route]) => typeof route.module.action === "function")
    .map(([id]) => id)
    .sort();
  expect(actions.length).toBeGreaterThan(20);
  const forgotten = actions.filter((id) => !ACTIONS[id]);
  expect(forgotten, "actions without an entry in ACTIONS of e2e/security/bad-input.spec.ts").toEqual([]);
  expect(
    Object.keys(ACTIONS).filter((id) => !actions.includes(id)),
    "entries for routes without an action",
  ).toEqual([]);

  let posts = 0;
  for (const routeId of actions) {
    const entry = ACTIONS[routeId]!;
    const started = Date.now();
    const postsBefore = posts;
    const forms = await pageForms(routeId, entry);
    for (const form of forms) {
      const intents = form.intents.length ? form.intents : [null];
      for (const [i, intent] of intents.entries()) {
        const { reject, either } = casesFor(
          entry,
          form,
          intent,
          () => (entry.valid ? entry.valid(world) : {}),
          i === 0,
        );
        posts += reject.length + either.length;
        await runRejectBatch(routeId, entry, reject);
        for (const c of either) await runCase(routeId, entry, c, dbSnapshot());
      }
    }
    if (process.env.BAD_INPUT_TIMING)
      console.log(`${routeId}: ${posts - postsBefore} posts, ${Date.now() - started} ms, ${snapshots} snapshots`);
  }
  console.log(`bad input: ${posts} posts to ${actions.length} actions`);
  expect(serverLog, "the server logged errors").not.toMatch(/Error:|TypeError|RangeError|SqliteError/);
  expect(failures).toEqual([]);
});
