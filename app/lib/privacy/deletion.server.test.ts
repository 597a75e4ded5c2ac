import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { logIn } from "../accounts/accounts.server";
import { setAccountActive } from "../accounts/staff.server";
import { hashPassword } from "../auth/password.server";
import { openDatabase, type Db } from "../db.server";
import { ensureJourneyTemplate } from "../journey/journey.server";
import { loadRegions, migrate } from "../migrations.server";
import { refreshEnterpriseSummary } from "../mentoring/summary.server";
import { uploadPath } from "../uploads/uploads.server";
import { insertTestUser } from "../test-db.server";
import {
  cancelDeletion,
  confirmDeletion,
  declineDeletion,
  DELETIONS_PER_PAGE,
  ERASED_NAME,
  latestDeletionRequest,
  listPendingDeletions,
  requestDeletion,
} from "./deletion.server";
import { OTHER, seedOwnerWithEverything, SITI, type SeededOwner } from "./test-owner.server";

const PASSWORD = "kopi-susu-gula-aren";
let dir: string;
let dbFile: string;
let db: Db;
let seeded: SeededOwner;
let adminId: number;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-erase-"));
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  // A database file, as in production, so the test can read the file's bytes afterwards.
  dbFile = path.join(dir, "app.sqlite");
  db = openDatabase(dbFile);
  migrate(db);
  ensureJourneyTemplate(db);
  await loadRegions(db);
  seeded = seedOwnerWithEverything(db);
  db.prepare("UPDATE user SET password_hash = ? WHERE id = ?").run(await hashPassword(PASSWORD), seeded.ownerId);
  adminId = insertTestUser(db, { role: "admin", fullName: "Rina Admin", email: "rina.admin@contoh.id" });
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env.UPLOAD_DIR;
});

/** Every row of every table, in a fixed order: what the dashboard's counts are made of. */
function countsSnapshot() {
  return {
    tally: db
      .prepare("SELECT * FROM dashboard_tally ORDER BY kind, category, bucket, province_code, regency_code, size_class")
      .all(),
    rollup: db
      .prepare("SELECT * FROM dashboard_rollup ORDER BY kind, category, province_code, size_class, bucket")
      .all(),
    mentorLoad: db.prepare("SELECT * FROM mentor_load ORDER BY mentor_user_id").all(),
    templates: db.prepare("SELECT version, enterprise_count FROM journey_template ORDER BY version").all(),
    enterprises: db
      .prepare(
        `SELECT id, stage, province_code, regency_code, size_class, go_online_at, created_at, has_marketplace_shop,
                has_online_sale, progress_percent, tasks_waiting, mentor_user_id FROM enterprise ORDER BY id`,
      )
      .all(),
    sessions: db.prepare("SELECT id, held_on, mode, duration_minutes, mentor_user_id FROM mentoring_session").all(),
    impact: db.prepare("SELECT * FROM impact_snapshot ORDER BY id").all(),
  };
}

/** Each table and column where `needle` occurs (case-insensitive), as "table.column". */
function whereFound(needle: string): string[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const found: string[] = [];
  for (const table of tables) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
    for (const column of columns) {
      const hits = db
        .prepare(`SELECT count(*) FROM "${table}" WHERE instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0`)
        .pluck()
        .get(needle) as number;
      if (hits > 0) found.push(`${table}.${column}`);
    }
  }
  return found;
}

const PERSONAL = [
  SITI.fullName,
  SITI.email,
  SITI.phone,
  SITI.localPhone,
  SITI.phone.slice(3), // the number without +62 or 0, as a search might hold it
  SITI.nik,
  SITI.nib,
  SITI.address,
  SITI.enterpriseName,
  SITI.privateNote,
  SITI.message,
];

describe("a deletion request", () => {
  it("counts wrong passwords against the account's sign-in limit and then refuses even the right one", async () => {
    // login.account allows 5 failures in 15 minutes; the 6th try is refused before any check.
    // The seeded owner carries two earlier sign-in failures (for the erasure test): start from none.
    db.prepare("DELETE FROM rate_limit").run();
    for (let i = 0; i < 5; i++) {
      expect(await requestDeletion(db, seeded.ownerId, `salah-${i}`, "203.0.113.5")).toEqual({
        ok: false,
        reason: "wrongPassword",
      });
    }
    const refused = await requestDeletion(db, seeded.ownerId, PASSWORD, "203.0.113.5");
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect(refused.ok === false && refused.reason === "throttled" && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(latestDeletionRequest(db, seeded.ownerId)).toBeNull();
    // the limit is the one /login uses: signing in is locked too
    const user = db.prepare("SELECT email FROM user WHERE id = ?").get(seeded.ownerId) as { email: string };
    expect(await logIn(db, user.email, PASSWORD, "198.51.100.7")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("clears the account's failures once the right password is given", async () => {
    db.prepare("DELETE FROM rate_limit").run();
    for (let i = 0; i < 4; i++) await requestDeletion(db, seeded.ownerId, `salah-${i}`, null);
    expect(await requestDeletion(db, seeded.ownerId, PASSWORD, null)).toMatchObject({ ok: true });
    const row = db.prepare("SELECT hits FROM rate_limit WHERE key = ?").get(`login.account:user:${seeded.ownerId}`);
    expect(row).toBeUndefined();
  });

  it("needs the owner's password, is recorded once, and can be cancelled while pending", async () => {
    expect(await requestDeletion(db, seeded.ownerId, "salah-sandi", "203.0.113.5")).toEqual({
      ok: false,
      reason: "wrongPassword",
    });
    expect(latestDeletionRequest(db, seeded.ownerId)).toBeNull();
    const made = await requestDeletion(db, seeded.ownerId, PASSWORD, "203.0.113.5");
    expect(made).toMatchObject({ ok: true });
    expect(await requestDeletion(db, seeded.ownerId, PASSWORD, "203.0.113.5")).toEqual({
      ok: false,
      reason: "pending",
    });
    expect(latestDeletionRequest(db, seeded.ownerId)).toMatchObject({ status: "pending", decidedAt: null });
    expect(listPendingDeletions(db).rows).toEqual([
      expect.objectContaining({ userId: seeded.ownerId, fullName: SITI.fullName, enterpriseName: SITI.enterpriseName }),
    ]);

    expect(cancelDeletion(db, seeded.ownerId, null)).toBe(true);
    expect(cancelDeletion(db, seeded.ownerId, null)).toBe(false);
    expect(latestDeletionRequest(db, seeded.ownerId)).toMatchObject({ status: "cancelled" });
    expect(listPendingDeletions(db).total).toBe(0);
    // nothing was erased
    expect(db.prepare("SELECT full_name FROM user WHERE id = ?").pluck().get(seeded.ownerId)).toBe(SITI.fullName);
    const actions = db.prepare("SELECT action FROM audit_log WHERE action LIKE 'privacy.%' ORDER BY id").pluck().all();
    expect(actions).toEqual(["privacy.deletion_request", "privacy.deletion_cancel"]);
  });

  it("can be declined with a reason, which the owner then sees", async () => {
    const made = await requestDeletion(db, seeded.ownerId, PASSWORD, null);
    if (!made.ok) throw new Error("not made");
    expect(declineDeletion(db, adminId, made.requestId, "Masih ada pengajuan merek yang berjalan.", null)).toEqual({
      ok: true,
    });
    expect(declineDeletion(db, adminId, made.requestId, "lagi", null)).toEqual({ ok: false, reason: "notPending" });
    expect(confirmDeletion(db, adminId, made.requestId, null)).toEqual({ ok: false, reason: "notPending" });
    expect(latestDeletionRequest(db, seeded.ownerId)).toMatchObject({
      status: "declined",
      declineReason: "Masih ada pengajuan merek yang berjalan.",
    });
    expect(db.prepare("SELECT is_active FROM user WHERE id = ?").pluck().get(seeded.ownerId)).toBe(1);
  });

  it("pages the administrators' queue, oldest first", () => {
    const insert = db.prepare("INSERT INTO deletion_request (user_id, status, requested_at) VALUES (?, 'pending', ?)");
    for (let i = 0; i < DELETIONS_PER_PAGE + 3; i++) insert.run(insertTestUser(db, { role: "owner" }), 1000 + i);
    const first = listPendingDeletions(db, 1);
    const second = listPendingDeletions(db, 2);
    expect(first.total).toBe(DELETIONS_PER_PAGE + 3);
    expect(first.rows).toHaveLength(DELETIONS_PER_PAGE);
    expect(second.rows.map((r) => r.requestedAt)).toEqual([
      1000 + DELETIONS_PER_PAGE,
      1001 + DELETIONS_PER_PAGE,
      1002 + DELETIONS_PER_PAGE,
    ]);
  });
});

describe("confirming a deletion", () => {
  it("leaves no trace of the person anywhere in the database, and no files", async () => {
    for (const needle of [SITI.fullName, SITI.email, SITI.nik]) expect(whereFound(needle)).not.toEqual([]);
    expect(whereFound(SITI.phone)).toEqual(expect.arrayContaining(["user.phone", "enterprise.owner_phone"]));
    expect(whereFound(SITI.fullName)).toContain("enterprise.search_text");
    // the other owner's stored brand-name check names her enterprise as the owner of her mark
    expect(whereFound(SITI.enterpriseName)).toContain("brand_check.results");
    expect(whereFound(SITI.fullName)).toContain("audit_log.details");
    const made = await requestDeletion(db, seeded.ownerId, PASSWORD, null);
    if (!made.ok) throw new Error("not made");

    expect(confirmDeletion(db, adminId, made.requestId, "198.51.100.7")).toEqual({
      ok: true,
      userId: seeded.ownerId,
      removedFiles: 2,
    });

    for (const needle of PERSONAL) expect(whereFound(needle), needle).toEqual([]);
    for (const id of seeded.uploadIds) {
      expect(fs.existsSync(uploadPath(id, "main"))).toBe(false);
      expect(fs.existsSync(uploadPath(id, "thumb"))).toBe(false);
    }
    // the database file itself (free pages included), not only its live rows
    db.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = fs.readFileSync(dbFile).toString("latin1");
    for (const needle of [SITI.fullName, SITI.email, SITI.nik, SITI.privateNote]) {
      expect(bytes.includes(needle), `${needle} in the file`).toBe(false);
    }
    // the other owner keeps everything
    expect(whereFound(OTHER.fullName)).toContain("user.full_name");
    expect(whereFound(OTHER.secret)).toEqual(["enterprise.address", "task_comment.body"]);
  });

  it("keeps every dashboard count, even after a later write recomputes the enterprise's summary", async () => {
    const before = countsSnapshot();
    expect(before.tally.length).toBeGreaterThan(0);
    const made = await requestDeletion(db, seeded.ownerId, PASSWORD, null);
    if (!made.ok) throw new Error("not made");
    confirmDeletion(db, adminId, made.requestId, null);
    expect(countsSnapshot()).toEqual(before);
    refreshEnterpriseSummary(db, seeded.enterpriseId);
    expect(countsSnapshot()).toEqual(before);
  });

  it("makes the account unusable: no sign-in, no sessions, no reactivation", async () => {
    const made = await requestDeletion(db, seeded.ownerId, PASSWORD, null);
    if (!made.ok) throw new Error("not made");
    confirmDeletion(db, adminId, made.requestId, null);
    const user = db
      .prepare("SELECT full_name, email, phone, password_hash, is_active, erased_at FROM user WHERE id = ?")
      .get(seeded.ownerId);
    expect(user).toEqual({
      full_name: ERASED_NAME,
      email: `erased-${seeded.ownerId}@erased.invalid`,
      phone: `+999${String(seeded.ownerId).padStart(9, "0")}`,
      password_hash: "!erased",
      is_active: 0,
      erased_at: expect.any(Number),
    });
    expect(db.prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(seeded.ownerId)).toBe(0);
    expect(await logIn(db, SITI.email, PASSWORD, "203.0.113.8")).toEqual({ ok: false, reason: "invalid" });
    expect(setAccountActive(db, adminId, seeded.ownerId, true, null)).toEqual({ ok: false, reason: "missing" });
    expect(db.prepare("SELECT is_active FROM user WHERE id = ?").pluck().get(seeded.ownerId)).toBe(0);
    expect(latestDeletionRequest(db, seeded.ownerId)).toMatchObject({ status: "confirmed" });
    // the audit entry says what was done, by whom, to which account number: no personal data
    const entry = db
      .prepare("SELECT actor_user_id, subject_id, details FROM audit_log WHERE action = 'privacy.erase'")
      .get() as { actor_user_id: number; subject_id: string; details: string };
    expect(entry.actor_user_id).toBe(adminId);
    expect(entry.subject_id).toBe(String(seeded.ownerId));
    expect(JSON.parse(entry.details)).toEqual({
      requestId: made.requestId,
      enterpriseId: seeded.enterpriseId,
      files: 2,
    });
  });

  it("erases nothing when the transaction fails part-way", async () => {
    const made = await requestDeletion(db, seeded.ownerId, PASSWORD, null);
    if (!made.ok) throw new Error("not made");
    db.exec(`CREATE TRIGGER fail_erase BEFORE DELETE ON product BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => confirmDeletion(db, adminId, made.requestId, null)).toThrow(/disk full/);
    expect(db.prepare("SELECT full_name FROM user WHERE id = ?").pluck().get(seeded.ownerId)).toBe(SITI.fullName);
    expect(latestDeletionRequest(db, seeded.ownerId)).toMatchObject({ status: "pending" });
    for (const id of seeded.uploadIds) expect(fs.existsSync(uploadPath(id, "main"))).toBe(true);
  });
});
