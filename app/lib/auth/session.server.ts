import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import type { Locale } from "~/utils/i18n";
import type { Role } from "~/utils/roles";

// Lucia's session design (lucia-auth.com, "Sessions"): token = "<id>.<secret>",
// only SHA-256(secret) is stored, compared in constant time; sliding expiry.
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 60 * 60;
const RENEW_WHEN_LEFT_SECONDS = 15 * 24 * 60 * 60;
// Avoid a write on every request: record activity at most once a minute.
const ACTIVITY_RESOLUTION_SECONDS = 60;

export type Session = {
  id: string;
  userId: number;
  createdAt: number;
  lastVerifiedAt: number;
  expiresAt: number;
};

export type SessionUser = {
  id: number;
  role: Role;
  fullName: string;
  email: string;
  phone: string | null;
  locale: Locale;
};

function randomString(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function createSession(db: Db, userId: number, now = nowSeconds()): { token: string; session: Session } {
  const id = randomString();
  const secret = randomString();
  const session: Session = {
    id,
    userId,
    createdAt: now,
    lastVerifiedAt: now,
    expiresAt: now + SESSION_LIFETIME_SECONDS,
  };
  db.prepare(
    `INSERT INTO session (id, user_id, secret_hash, created_at, last_verified_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(id, userId, Buffer.from(hashSecret(secret)), now, now, session.expiresAt);
  return { token: `${id}.${secret}`, session };
}

type SessionRow = {
  id: string;
  user_id: number;
  secret_hash: Buffer;
  created_at: number;
  last_verified_at: number;
  expires_at: number;
  role: Role;
  full_name: string;
  email: string;
  phone: string | null;
  locale: Locale;
  is_active: number;
};

/**
 * Returns the session and its user for a cookie token, or null. Extends the session
 * when less than half its lifetime is left (sliding expiry); deletes expired sessions.
 */
export function validateSessionToken(
  db: Db,
  token: string,
  now = nowSeconds(),
): { session: Session; user: SessionUser; renewed: boolean } | null {
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0].length > 64 || parts[1].length > 64) {
    return null;
  }
  const [id, secret] = parts as [string, string];
  const row = db
    .prepare(
      `SELECT s.id, s.user_id, s.secret_hash, s.created_at, s.last_verified_at, s.expires_at,
              u.role, u.full_name, u.email, u.phone, u.locale, u.is_active
         FROM session s JOIN user u ON u.id = s.user_id
        WHERE s.id = ?`,
    )
    .get(id) as SessionRow | undefined;
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null;
  if (row.expires_at <= now || row.is_active !== 1) {
    db.prepare("DELETE FROM session WHERE id = ?").run(id);
    return null;
  }
  const session: Session = {
    id: row.id,
    userId: row.user_id,
    createdAt: row.created_at,
    lastVerifiedAt: row.last_verified_at,
    expiresAt: row.expires_at,
  };
  let renewed = false;
  if (session.expiresAt - now < RENEW_WHEN_LEFT_SECONDS) {
    renewed = true;
    session.expiresAt = now + SESSION_LIFETIME_SECONDS;
    session.lastVerifiedAt = now;
    db.prepare("UPDATE session SET expires_at = ?, last_verified_at = ? WHERE id = ?").run(session.expiresAt, now, id);
  } else if (now - session.lastVerifiedAt >= ACTIVITY_RESOLUTION_SECONDS) {
    session.lastVerifiedAt = now;
    db.prepare("UPDATE session SET last_verified_at = ? WHERE id = ?").run(now, id);
  }
  return {
    session,
    renewed,
    user: {
      id: row.user_id,
      role: row.role,
      fullName: row.full_name,
      email: row.email,
      phone: row.phone,
      locale: row.locale,
    },
  };
}

export function invalidateSession(db: Db, sessionId: string): void {
  db.prepare("DELETE FROM session WHERE id = ?").run(sessionId);
}

/** Signs a user out everywhere: after a password or role change, or deactivation. */
export function invalidateUserSessions(db: Db, userId: number): void {
  db.prepare("DELETE FROM session WHERE user_id = ?").run(userId);
}
