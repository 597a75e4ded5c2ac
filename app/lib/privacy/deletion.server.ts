import fs from "node:fs";
import { recordAudit } from "../audit.server";
import { hasUsablePassword, verifyPassword } from "../auth/password.server";
import { invalidateUserSessions } from "../auth/session.server";
import { bumpIndexVersion, deleteMarks } from "../brand-check/index.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { clearLimit, takeLimits, type LimitHit } from "../rate-limit/rate-limit.server";
import { uploadPath } from "../uploads/uploads.server";

/** What an erased account's name becomes (shown where the enterprise is still listed). */
export const ERASED_NAME = "Akun dihapus";
/** The password hash of an erased account: not an argon2 hash, so nothing verifies against it. */
export const ERASED_PASSWORD = "!erased";

/**
 * Unique stand-ins for the required, unique email and phone of an erased owner. `.invalid` is
 * reserved (RFC 2606) and +999 is an unassigned country code (ITU-T E.164), so neither reaches
 * anyone, and neither says anything about the person.
 */
export function erasedEmail(userId: number): string {
  return `erased-${userId}@erased.invalid`;
}
export function erasedPhone(userId: number): string {
  return `+999${String(userId).padStart(9, "0")}`;
}

export type DeletionRequest = {
  id: number;
  status: "pending" | "cancelled" | "confirmed" | "declined";
  requestedAt: number;
  decidedAt: number | null;
  declineReason: string | null;
};

/** The owner's latest request, to show its state on their privacy page. */
export function latestDeletionRequest(db: Db, userId: number): DeletionRequest | null {
  return (
    (db
      .prepare(
        `SELECT id, status, requested_at AS requestedAt, decided_at AS decidedAt, decline_reason AS declineReason
         FROM deletion_request WHERE user_id = ? ORDER BY requested_at DESC, id DESC LIMIT 1`,
      )
      .get(userId) as DeletionRequest | undefined) ?? null
  );
}

export type RequestDeletionResult =
  | { ok: true; requestId: number }
  | { ok: false; reason: "wrongPassword" | "pending" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * An owner asks for their account to be erased, confirmed with their password. The password
 * check counts against the same per-account limit as signing in (`login.account`, decision
 * 0025), so a stolen session cannot guess the password here faster than at /login.
 */
export async function requestDeletion(
  db: Db,
  userId: number,
  password: string,
  ip: string | null,
): Promise<RequestDeletionResult> {
  const stored = db.prepare("SELECT password_hash FROM user WHERE id = ? AND role = 'owner'").pluck().get(userId) as
    | string
    | undefined;
  const accountHit: LimitHit = { limit: "login.account", subject: `user:${userId}` };
  // Counted before the check, as at /login, so parallel guesses cannot pass together.
  const verdict = takeLimits(db, [accountHit]);
  if (!verdict.ok) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  if (!stored || !hasUsablePassword(stored) || !(await verifyPassword(stored, password))) {
    return { ok: false, reason: "wrongPassword" };
  }
  return db.transaction((): RequestDeletionResult => {
    clearLimit(db, accountHit);
    if (db.prepare("SELECT 1 FROM deletion_request WHERE user_id = ? AND status = 'pending'").get(userId)) {
      return { ok: false, reason: "pending" };
    }
    const requestId = Number(
      db
        .prepare("INSERT INTO deletion_request (user_id, status, requested_at) VALUES (?, 'pending', ?)")
        .run(userId, nowSeconds()).lastInsertRowid,
    );
    recordAudit(db, {
      actorUserId: userId,
      action: "privacy.deletion_request",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: { requestId },
    });
    return { ok: true, requestId };
  })();
}

/** The owner withdraws their pending request. False when none is pending. */
export function cancelDeletion(db: Db, userId: number, ip: string | null): boolean {
  return db.transaction(() => {
    const request = db
      .prepare("SELECT id FROM deletion_request WHERE user_id = ? AND status = 'pending'")
      .pluck()
      .get(userId) as number | undefined;
    if (request === undefined) return false;
    db.prepare("UPDATE deletion_request SET status = 'cancelled', decided_at = ?, decided_by = ? WHERE id = ?").run(
      nowSeconds(),
      userId,
      request,
    );
    recordAudit(db, {
      actorUserId: userId,
      action: "privacy.deletion_cancel",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: { requestId: request },
    });
    return true;
  })();
}

export type PendingDeletion = {
  id: number;
  userId: number;
  fullName: string;
  email: string;
  enterpriseName: string | null;
  requestedAt: number;
};

export const DELETIONS_PER_PAGE = 20;

/** Pending requests, oldest first, for the administrators' queue. */
export function listPendingDeletions(db: Db, page = 1): { rows: PendingDeletion[]; total: number } {
  const total = db.prepare("SELECT count(*) FROM deletion_request WHERE status = 'pending'").pluck().get() as number;
  const rows = db
    .prepare(
      `SELECT d.id, d.user_id AS userId, u.full_name AS fullName, u.email, e.name AS enterpriseName,
              d.requested_at AS requestedAt
       FROM deletion_request d JOIN user u ON u.id = d.user_id LEFT JOIN enterprise e ON e.owner_user_id = u.id
       WHERE d.status = 'pending' ORDER BY d.requested_at, d.id LIMIT ? OFFSET ?`,
    )
    .all(DELETIONS_PER_PAGE, (Math.max(1, page) - 1) * DELETIONS_PER_PAGE) as PendingDeletion[];
  return { rows, total };
}

export function getPendingDeletion(db: Db, requestId: number): PendingDeletion | null {
  return (
    (db
      .prepare(
        `SELECT d.id, d.user_id AS userId, u.full_name AS fullName, u.email, e.name AS enterpriseName,
                d.requested_at AS requestedAt
         FROM deletion_request d JOIN user u ON u.id = d.user_id LEFT JOIN enterprise e ON e.owner_user_id = u.id
         WHERE d.id = ? AND d.status = 'pending'`,
      )
      .get(requestId) as PendingDeletion | undefined) ?? null
  );
}

export function deletionRequestExists(db: Db, requestId: number): boolean {
  return db.prepare("SELECT 1 FROM deletion_request WHERE id = ?").get(requestId) !== undefined;
}

export type DecisionResult = { ok: true } | { ok: false; reason: "notPending" };

/** An administrator declines a request, with a reason the owner reads on their privacy page. */
export function declineDeletion(
  db: Db,
  adminId: number,
  requestId: number,
  reason: string,
  ip: string | null,
): DecisionResult {
  return db.transaction((): DecisionResult => {
    const userId = db
      .prepare("SELECT user_id FROM deletion_request WHERE id = ? AND status = 'pending'")
      .pluck()
      .get(requestId) as number | undefined;
    if (userId === undefined) return { ok: false, reason: "notPending" };
    db.prepare(
      "UPDATE deletion_request SET status = 'declined', decided_at = ?, decided_by = ?, decline_reason = ? WHERE id = ?",
    ).run(nowSeconds(), adminId, reason, requestId);
    recordAudit(db, {
      actorUserId: adminId,
      action: "privacy.deletion_decline",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: { requestId },
    });
    return { ok: true };
  })();
}

export type EraseResult = { ok: true; userId: number; removedFiles: number } | { ok: false; reason: "notPending" };

/**
 * An administrator confirms a pending request: the owner's personal data is erased or made
 * anonymous in one transaction (see eraseOwner), then the uploaded files are removed from disk.
 */
export function confirmDeletion(db: Db, adminId: number, requestId: number, ip: string | null): EraseResult {
  // secure_delete zeroes the space the erased text leaves in the database file's pages (else it
  // lingers in free space until overwritten); it is a connection setting, on for this write only.
  const secureDelete = db.pragma("secure_delete", { simple: true }) as number;
  db.pragma("secure_delete = ON");
  let result: { userId: number; uploadIds: string[] } | null;
  try {
    result = eraseInTransaction(db, adminId, requestId, ip);
  } finally {
    db.pragma(`secure_delete = ${secureDelete === 1 ? "ON" : "OFF"}`);
  }
  if (!result) return { ok: false, reason: "notPending" };
  // Copy the erased pages into the database file now and empty the write-ahead log, which still
  // holds the pages as they were (PASSIVE: never waits for readers; a busy log is reset later).
  db.pragma("wal_checkpoint(PASSIVE)");
  // Only after the commit: a rolled-back erasure must not have lost the files.
  for (const id of result.uploadIds) {
    fs.rmSync(uploadPath(id, "main"), { force: true });
    fs.rmSync(uploadPath(id, "thumb"), { force: true });
  }
  return { ok: true, userId: result.userId, removedFiles: result.uploadIds.length };
}

function eraseInTransaction(db: Db, adminId: number, requestId: number, ip: string | null) {
  return db.transaction(() => {
    const userId = db
      .prepare("SELECT user_id FROM deletion_request WHERE id = ? AND status = 'pending'")
      .pluck()
      .get(requestId) as number | undefined;
    if (userId === undefined) return null;
    const erased = eraseOwner(db, userId);
    db.prepare("UPDATE deletion_request SET status = 'confirmed', decided_at = ?, decided_by = ? WHERE id = ?").run(
      nowSeconds(),
      adminId,
      requestId,
    );
    recordAudit(db, {
      actorUserId: adminId,
      action: "privacy.erase",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: { requestId, enterpriseId: erased.enterpriseId, files: erased.uploadIds.length },
    });
    return { userId, uploadIds: erased.uploadIds };
  })();
}

type PersonalValues = { fullName: string; email: string; phone: string | null; enterpriseName: string | null };

/**
 * Erases an owner's personal data; call inside a transaction. The enterprise row stays, as an
 * anonymous record: its province, regency, size class, categories, stage, dates and sales flags
 * are untouched, so no trigger moves a dashboard count (decision 0029). Everything that names or
 * describes the person goes: the account's name, email, phone and password (and so the copies
 * that migration 0015's triggers keep on the enterprise row), sessions, links and throttle rows,
 * the enterprise's name, address, WhatsApp and NIB, every task answer and snapshot (the NIK/NPWP
 * and permit numbers live there), review comments, messages, the brand, brand checks and its
 * mark in the trademark index, products, uploads, mentoring notes (shared and private),
 * notifications, and search terms or names in the audit log's details and in other owners'
 * stored brand-name checks. Returns the upload ids whose files the caller removes after commit.
 */
export function eraseOwner(db: Db, userId: number): { enterpriseId: number | null; uploadIds: string[] } {
  const person = db
    .prepare(
      `SELECT u.full_name AS fullName, u.email, u.phone, e.name AS enterpriseName
       FROM user u LEFT JOIN enterprise e ON e.owner_user_id = u.id WHERE u.id = ?`,
    )
    .get(userId) as PersonalValues | undefined;
  if (!person) throw new Error(`no user ${userId}`);
  const enterpriseId =
    (db.prepare("SELECT id FROM enterprise WHERE owner_user_id = ?").pluck().get(userId) as number | undefined) ?? null;
  const now = nowSeconds();

  // The account: it can never sign in again, and no link or session opens it.
  db.prepare(
    `UPDATE user SET full_name = ?, email = ?, phone = ?, password_hash = ?, is_active = 0, invited_at = NULL, erased_at = ?, updated_at = ?
     WHERE id = ?`,
  ).run(ERASED_NAME, erasedEmail(userId), erasedPhone(userId), ERASED_PASSWORD, now, now, userId);
  invalidateUserSessions(db, userId);
  db.prepare("DELETE FROM user_token WHERE user_id = ?").run(userId);
  db.prepare("DELETE FROM notification WHERE user_id = ?").run(userId);
  // Rate-limit counters keyed by the account, its email or phone (migration 0017, decision 0025).
  const throttleKeys = [
    `login.account:user:${userId}`,
    `login.account:${person.email.toLowerCase()}`,
    `brandCheck.user:${userId}`,
    `upload.user:${userId}`,
  ];
  if (person.phone) throttleKeys.push(`login.account:${person.phone}`);
  db.prepare("DELETE FROM rate_limit WHERE key IN (SELECT value FROM json_each(?))").run(JSON.stringify(throttleKeys));
  // Earlier declined requests: an administrator's reason may name the person.
  db.prepare("UPDATE deletion_request SET decline_reason = '-' WHERE user_id = ? AND decline_reason IS NOT NULL").run(
    userId,
  );

  let uploadIds: string[] = [];
  if (enterpriseId !== null) {
    uploadIds = db.prepare("SELECT id FROM upload WHERE enterprise_id = ?").pluck().all(enterpriseId) as string[];
    // Columns outside every tally trigger's list (migrations 0006, 0014): no count moves.
    db.prepare(
      `UPDATE enterprise SET name = NULL, address = NULL, whatsapp = NULL, nib = NULL, updated_at = ? WHERE id = ?`,
    ).run(now, enterpriseId);
    // Of the channels task only each channel's status stays (no shop links, dates or evidence):
    // refreshEnterpriseSummary recomputes the shop and sale flags from it at any later write, and
    // must find the same flags, or the dashboard's counts would move.
    db.prepare(
      `UPDATE enterprise_task SET answers = (
         SELECT json_group_object(j.key, json_object('status', json_extract(j.value, '$.status')))
         FROM json_each(enterprise_task.answers) j
         WHERE j.type = 'object' AND json_extract(j.value, '$.status') IS NOT NULL)
       WHERE enterprise_id = ? AND task_key = 'channels' AND json_valid(answers)`,
    ).run(enterpriseId);
    db.prepare("UPDATE enterprise_task SET answers = NULL WHERE enterprise_id = ? AND task_key <> 'channels'").run(
      enterpriseId,
    );
    db.prepare("UPDATE enterprise_task SET review_comment = NULL WHERE enterprise_id = ?").run(enterpriseId);
    db.prepare("UPDATE task_event SET snapshot = NULL, comment = NULL WHERE enterprise_id = ?").run(enterpriseId);
    db.prepare("DELETE FROM task_comment WHERE enterprise_id = ?").run(enterpriseId);
    db.prepare("DELETE FROM product WHERE enterprise_id = ?").run(enterpriseId);
    db.prepare("DELETE FROM enterprise_brand WHERE enterprise_id = ?").run(enterpriseId);
    db.prepare("DELETE FROM brand_check WHERE enterprise_id = ?").run(enterpriseId);
    deleteMarks(db, { enterpriseId });
    bumpIndexVersion(db);
    db.prepare("DELETE FROM upload WHERE enterprise_id = ?").run(enterpriseId);
    // Sessions stay as counts (date, mode, minutes, topics) for the mentor's and the programme's
    // totals; what was written about the person goes, private notes included.
    db.prepare(
      `UPDATE mentoring_session SET shared_notes = NULL, private_notes = NULL, next_action = NULL WHERE enterprise_id = ?`,
    ).run(enterpriseId);
    db.prepare(
      "DELETE FROM mentoring_session_correction WHERE session_id IN (SELECT id FROM mentoring_session WHERE enterprise_id = ?)",
    ).run(enterpriseId);
  }

  // Copies elsewhere: other owners' stored brand-name checks name the enterprise as the owner of
  // its in-app mark, and the audit log's details hold what staff typed (a caseload search).
  if (person.enterpriseName) {
    db.prepare(
      `UPDATE brand_check SET results = (
         SELECT json_group_array(CASE WHEN json_extract(m.value, '$.source') = 'app' AND json_extract(m.value, '$.owner') = @owner
                                      THEN json_set(m.value, '$.owner', NULL) ELSE json(m.value) END)
         FROM json_each(brand_check.results) m)
       WHERE instr(results, @owner) > 0`,
    ).run({ owner: person.enterpriseName });
  }
  const traces = [person.fullName, person.email, person.phone, localPhone(person.phone), person.enterpriseName].filter(
    (v): v is string => typeof v === "string" && v.length >= 3,
  );
  for (const trace of traces) {
    db.prepare(
      "UPDATE audit_log SET details = json_object('erased', 1) WHERE details IS NOT NULL AND instr(lower(details), lower(?)) > 0",
    ).run(trace);
  }
  return { enterpriseId, uploadIds };
}

/** 08… as a person types an Indonesian mobile number (what a search box receives). */
function localPhone(e164: string | null): string | null {
  return e164?.startsWith("+62") ? `0${e164.slice(3)}` : null;
}
