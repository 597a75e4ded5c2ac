import { recordAudit } from "../audit.server";
import { hashPassword, verifyPassword, burnPasswordCheck, hasUsablePassword } from "../auth/password.server";
import { createSession, invalidateUserSessions } from "../auth/session.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { clearLimit, giveBackLimit, takeLimits, type LimitHit } from "../rate-limit/rate-limit.server";
import type { Locale } from "~/utils/i18n";
import type { Role } from "~/utils/roles";
import { parseLoginIdentifier } from "~/utils/validation/account";

import { recordConsents } from "../privacy/consent.server";
import { CONSENT_DOCUMENTS } from "~/utils/privacy/documents";

export const PRIVACY_NOTICE_VERSION = CONSENT_DOCUMENTS.privacy.version;

export type NewOwner = { fullName: string; email: string; phone: string; password: string; locale: Locale };

export type RegisterResult = { ok: true; userId: number; token: string } | { ok: false; field: "email" | "phone" };

/**
 * Creates an owner account with its privacy consent and first session, in one
 * transaction. Email and phone must be unused.
 */
export async function registerOwner(db: Db, owner: NewOwner, ip: string | null): Promise<RegisterResult> {
  const passwordHash = await hashPassword(owner.password);
  return db.transaction((): RegisterResult => {
    if (db.prepare("SELECT 1 FROM user WHERE email = ?").get(owner.email.toLowerCase()))
      return { ok: false, field: "email" };
    if (db.prepare("SELECT 1 FROM user WHERE phone = ?").get(owner.phone)) return { ok: false, field: "phone" };
    const now = nowSeconds();
    const userId = Number(
      db
        .prepare(
          `INSERT INTO user (role, full_name, email, phone, password_hash, locale,
                             privacy_consent_version, privacy_consent_at, created_at, updated_at)
           VALUES ('owner', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          owner.fullName,
          owner.email.toLowerCase(),
          owner.phone,
          passwordHash,
          owner.locale,
          PRIVACY_NOTICE_VERSION,
          now,
          now,
          now,
        ).lastInsertRowid,
    );
    recordConsents(db, userId, undefined, now);
    recordAudit(db, {
      actorUserId: userId,
      action: "account.register",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: { consentVersion: PRIVACY_NOTICE_VERSION, termsVersion: CONSENT_DOCUMENTS.terms.version },
    });
    const { token } = createSession(db, userId, now);
    recordAudit(db, { actorUserId: userId, action: "auth.login", subjectType: "user", subjectId: userId, ip });
    return { ok: true, userId, token };
  })();
}

export type NewStaffOrOwner = {
  role: Role;
  fullName: string;
  email: string;
  phone: string | null;
  password: string;
  locale?: Locale;
};

/** Creates an account of any role (the command line's `user:create`, the demo seed). */
export async function createUser(db: Db, user: NewStaffOrOwner, actorUserId: number | null = null): Promise<number> {
  const passwordHash = await hashPassword(user.password);
  return db.transaction(() => {
    const now = nowSeconds();
    const owner = user.role === "owner";
    const userId = Number(
      db
        .prepare(
          `INSERT INTO user (role, full_name, email, phone, password_hash, locale,
                             privacy_consent_version, privacy_consent_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          user.role,
          user.fullName,
          user.email.toLowerCase(),
          user.phone,
          passwordHash,
          user.locale ?? "id",
          owner ? PRIVACY_NOTICE_VERSION : null,
          owner ? now : null,
          now,
          now,
        ).lastInsertRowid,
    );
    if (owner) recordConsents(db, userId, undefined, now);
    recordAudit(db, {
      actorUserId,
      action: "account.create",
      subjectType: "user",
      subjectId: userId,
      details: { role: user.role },
    });
    return userId;
  })();
}

export type LoginResult =
  | { ok: true; userId: number; role: Role; token: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

type LoginRow = { id: number; role: Role; password_hash: string; is_active: number };

/**
 * Checks an email-or-phone and password. Throttled per identifier and per IP; one
 * generic failure for unknown accounts and wrong passwords alike.
 */
export async function logIn(db: Db, identifier: string, password: string, ip: string): Promise<LoginResult> {
  const parsed = parseLoginIdentifier(identifier);
  const row = parsed
    ? (db
        .prepare(
          parsed.kind === "email"
            ? "SELECT id, role, password_hash, is_active FROM user WHERE email = ?"
            : "SELECT id, role, password_hash, is_active FROM user WHERE phone = ?",
        )
        .get(parsed.kind === "email" ? parsed.email : parsed.phone) as LoginRow | undefined)
    : undefined;

  // Count failures against the account itself (so "0812…", "+62812…" and the email
  // share one counter), or against the normalised text when no account matches.
  const accountKey = row
    ? `user:${row.id}`
    : parsed
      ? parsed.kind === "email"
        ? parsed.email
        : parsed.phone
      : identifier;
  const accountHit: LimitHit = { limit: "login.account", subject: accountKey.trim().toLowerCase() };
  const ipHit: LimitHit = { limit: "login.ip", subject: ip };
  // The attempt is counted before the password is checked, so parallel guesses cannot pass together.
  const verdict = takeLimits(db, [accountHit, ipHit]);
  if (!verdict.ok) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  // An invited account without a password fails like a wrong password, in the same time.
  const valid =
    row && hasUsablePassword(row.password_hash)
      ? await verifyPassword(row.password_hash, password)
      : (await burnPasswordCheck(password), false);
  if (!row || !valid || row.is_active !== 1) {
    recordAudit(db, {
      actorUserId: row?.id ?? null,
      action: "auth.login_failed",
      subjectType: row ? "user" : undefined,
      subjectId: row?.id,
      ip,
    });
    return { ok: false, reason: "invalid" };
  }
  return db.transaction((): LoginResult => {
    // A success clears its account's failures and does not count against its (shared) address.
    clearLimit(db, accountHit);
    giveBackLimit(db, ipHit);
    const { token } = createSession(db, row.id);
    recordAudit(db, { actorUserId: row.id, action: "auth.login", subjectType: "user", subjectId: row.id, ip });
    return { ok: true, userId: row.id, role: row.role, token };
  })();
}

export type ChangePasswordResult = { ok: true; token: string } | { ok: false; reason: "wrongCurrent" };

/**
 * Changes a password after checking the current one, signs the user out of every
 * session (all devices) and opens a fresh session for this device.
 */
export async function changePassword(
  db: Db,
  userId: number,
  currentPassword: string,
  newPassword: string,
  ip: string | null,
): Promise<ChangePasswordResult> {
  const stored = db.prepare("SELECT password_hash FROM user WHERE id = ?").pluck().get(userId) as string | undefined;
  if (!stored || !(await verifyPassword(stored, currentPassword))) return { ok: false, reason: "wrongCurrent" };
  const passwordHash = await hashPassword(newPassword);
  return db.transaction((): ChangePasswordResult => {
    db.prepare("UPDATE user SET password_hash = ?, updated_at = ? WHERE id = ?").run(
      passwordHash,
      nowSeconds(),
      userId,
    );
    invalidateUserSessions(db, userId);
    const { token } = createSession(db, userId);
    recordAudit(db, {
      actorUserId: userId,
      action: "account.password_change",
      subjectType: "user",
      subjectId: userId,
      ip,
    });
    return { ok: true, token };
  })();
}

export function setUserLocale(db: Db, userId: number, locale: Locale): void {
  db.prepare("UPDATE user SET locale = ?, updated_at = ? WHERE id = ?").run(locale, nowSeconds(), userId);
}

export function logOut(db: Db, sessionId: string, userId: number, ip: string | null): void {
  db.transaction(() => {
    db.prepare("DELETE FROM session WHERE id = ?").run(sessionId);
    recordAudit(db, { actorUserId: userId, action: "auth.logout", subjectType: "user", subjectId: userId, ip });
  })();
}

export function countActiveUsersByRole(db: Db): Record<Role, number> {
  const counts: Record<Role, number> = { owner: 0, mentor: 0, admin: 0 };
  const rows = db.prepare("SELECT role, count(*) AS n FROM user WHERE is_active = 1 GROUP BY role").all() as {
    role: Role;
    n: number;
  }[];
  for (const row of rows) counts[row.role] = row.n;
  return counts;
}

export function countRegions(db: Db): { provinces: number; regencies: number } {
  const rows = db.prepare("SELECT level, count(*) AS n FROM region GROUP BY level").all() as {
    level: "province" | "regency";
    n: number;
  }[];
  return {
    provinces: rows.find((r) => r.level === "province")?.n ?? 0,
    regencies: rows.find((r) => r.level === "regency")?.n ?? 0,
  };
}

/** A role change signs the user out everywhere, so no session keeps the old role. */
export function changeUserRole(
  db: Db,
  userId: number,
  role: Role,
  actorUserId: number | null,
  ip: string | null,
): void {
  db.transaction(() => {
    db.prepare("UPDATE user SET role = ?, updated_at = ? WHERE id = ?").run(role, nowSeconds(), userId);
    invalidateUserSessions(db, userId);
    recordAudit(db, {
      actorUserId,
      action: "account.role_change",
      subjectType: "user",
      subjectId: userId,
      ip,
      details: { role },
    });
  })();
}

/** Deactivation signs the user out at once and voids open links; reactivation lets them sign in again. */
export function setUserActive(
  db: Db,
  userId: number,
  active: boolean,
  actorUserId: number | null,
  ip: string | null,
): void {
  db.transaction(() => {
    db.prepare("UPDATE user SET is_active = ?, updated_at = ? WHERE id = ?").run(active ? 1 : 0, nowSeconds(), userId);
    if (!active) {
      invalidateUserSessions(db, userId);
      // Open invitation and reset links die with the account's access.
      db.prepare("DELETE FROM user_token WHERE user_id = ? AND used_at IS NULL").run(userId);
    }
    recordAudit(db, {
      actorUserId,
      action: active ? "account.reactivate" : "account.deactivate",
      subjectType: "user",
      subjectId: userId,
      ip,
    });
  })();
}
