import { beforeEach, describe, expect, it } from "vitest";
import { sha256 } from "@oslojs/crypto/sha2";
import type { Db } from "../db.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import {
  createSession,
  invalidateSession,
  invalidateUserSessions,
  SESSION_LIFETIME_SECONDS,
  validateSessionToken,
} from "./session.server";

const DAY = 24 * 60 * 60;
const T0 = 1_800_000_000;

type StoredSession = {
  id: string;
  user_id: number;
  secret_hash: Buffer;
  created_at: number;
  last_verified_at: number;
  expires_at: number;
};

let db: Db;
let userId: number;

function stored(id: string): StoredSession | undefined {
  return db.prepare("SELECT * FROM session WHERE id = ?").get(id) as StoredSession | undefined;
}

function splitToken(token: string): { id: string; secret: string } {
  const [id = "", secret = ""] = token.split(".");
  return { id, secret };
}

beforeEach(() => {
  db = createTestDb();
  userId = insertTestUser(db, { fullName: "Siti Rahayu", email: "siti@contoh.id", phone: "+6281234567890" });
});

describe("createSession", () => {
  it("returns an 'id.secret' token and a session expiring in 30 days", () => {
    const { token, session } = createSession(db, userId, T0);
    expect(token).toMatch(/^[a-z2-7]{39}\.[a-z2-7]{39}$/);
    expect(session).toEqual({
      id: splitToken(token).id,
      userId,
      createdAt: T0,
      lastVerifiedAt: T0,
      expiresAt: T0 + 30 * DAY,
    });
    expect(SESSION_LIFETIME_SECONDS).toBe(30 * DAY);
  });

  it("stores only the SHA-256 of the secret, never the secret itself", () => {
    const { token } = createSession(db, userId, T0);
    const { id, secret } = splitToken(token);
    const row = stored(id);
    expect(row).toBeDefined();
    expect(row!.secret_hash).toHaveLength(32);
    expect(Buffer.compare(row!.secret_hash, Buffer.from(sha256(new TextEncoder().encode(secret))))).toBe(0);
    const everyColumn = Object.values(row!)
      .map((value) => (Buffer.isBuffer(value) ? value.toString("latin1") + value.toString("hex") : String(value)))
      .join("|");
    expect(everyColumn).not.toContain(secret);
    expect(everyColumn).not.toContain(token);
  });

  it("makes a different token every time", () => {
    const a = createSession(db, userId, T0).token;
    const b = createSession(db, userId, T0).token;
    expect(splitToken(a).id).not.toBe(splitToken(b).id);
    expect(splitToken(a).secret).not.toBe(splitToken(b).secret);
  });
});

describe("validateSessionToken", () => {
  it("returns the session and its user", () => {
    const { token, session } = createSession(db, userId, T0);
    expect(validateSessionToken(db, token, T0 + 30)).toEqual({
      session,
      renewed: false,
      user: {
        id: userId,
        role: "owner",
        fullName: "Siti Rahayu",
        email: "siti@contoh.id",
        phone: "+6281234567890",
        locale: "id",
      },
    });
  });

  it("refuses a wrong secret without deleting the session", () => {
    const { token } = createSession(db, userId, T0);
    const { id, secret } = splitToken(token);
    const wrong = `${id}.${secret.slice(0, -1)}${secret.endsWith("a") ? "b" : "a"}`;
    expect(validateSessionToken(db, wrong, T0)).toBeNull();
    expect(stored(id)).toBeDefined();
    expect(validateSessionToken(db, token, T0)).not.toBeNull();
  });

  it("refuses another session's secret", () => {
    const a = splitToken(createSession(db, userId, T0).token);
    const b = splitToken(createSession(db, userId, T0).token);
    expect(validateSessionToken(db, `${a.id}.${b.secret}`, T0)).toBeNull();
  });

  it.each([
    ["empty", ""],
    ["no dot", "abcdef"],
    ["empty id", ".secret"],
    ["empty secret", "id."],
    ["three parts", "a.b.c"],
    ["overlong id", `${"a".repeat(65)}.secret`],
    ["overlong secret", `id.${"a".repeat(65)}`],
    ["unknown id", "unknownid.unknownsecret"],
  ])("returns null for a malformed token (%s)", (_label, token) => {
    createSession(db, userId, T0);
    expect(validateSessionToken(db, token, T0)).toBeNull();
  });

  it("returns null for an expired session and deletes it", () => {
    const { token, session } = createSession(db, userId, T0);
    expect(validateSessionToken(db, token, session.expiresAt)).toBeNull();
    expect(stored(session.id)).toBeUndefined();
    // Gone for good, even when asked again with an earlier clock.
    expect(validateSessionToken(db, token, T0)).toBeNull();
  });

  it("accepts a session up to its last second", () => {
    const { token, session } = createSession(db, userId, T0);
    expect(validateSessionToken(db, token, session.expiresAt - 1)).not.toBeNull();
  });

  it("does not renew while more than 15 days are left, but records activity once a minute", () => {
    const { token, session } = createSession(db, userId, T0);

    const soon = validateSessionToken(db, token, T0 + 59);
    expect(soon?.renewed).toBe(false);
    expect(stored(session.id)?.last_verified_at).toBe(T0);

    const later = T0 + 14 * DAY;
    const result = validateSessionToken(db, token, later);
    expect(result?.renewed).toBe(false);
    expect(result?.session.expiresAt).toBe(T0 + 30 * DAY);
    expect(result?.session.lastVerifiedAt).toBe(later);
    expect(stored(session.id)).toMatchObject({ expires_at: T0 + 30 * DAY, last_verified_at: later });
  });

  it("extends the session to 30 days from now when less than 15 days are left", () => {
    const { token, session } = createSession(db, userId, T0);
    const now = T0 + 16 * DAY;
    const result = validateSessionToken(db, token, now);
    expect(result?.renewed).toBe(true);
    expect(result?.session.expiresAt).toBe(now + 30 * DAY);
    expect(stored(session.id)).toMatchObject({ expires_at: now + 30 * DAY, last_verified_at: now, created_at: T0 });
    // Still usable after the original expiry.
    expect(validateSessionToken(db, token, T0 + 31 * DAY)?.renewed).toBe(false);
  });

  it("refuses and deletes the sessions of an inactive user", () => {
    const { token, session } = createSession(db, userId, T0);
    db.prepare("UPDATE user SET is_active = 0 WHERE id = ?").run(userId);
    expect(validateSessionToken(db, token, T0)).toBeNull();
    expect(stored(session.id)).toBeUndefined();
  });

  it("reflects the user's current role and locale", () => {
    const { token } = createSession(db, userId, T0);
    db.prepare("UPDATE user SET role = 'mentor', locale = 'en' WHERE id = ?").run(userId);
    expect(validateSessionToken(db, token, T0)?.user).toMatchObject({ role: "mentor", locale: "en" });
  });
});

describe("invalidating sessions", () => {
  it("invalidateSession removes just that session", () => {
    const a = createSession(db, userId, T0);
    const b = createSession(db, userId, T0);
    invalidateSession(db, a.session.id);
    expect(validateSessionToken(db, a.token, T0)).toBeNull();
    expect(validateSessionToken(db, b.token, T0)).not.toBeNull();
  });

  it("invalidateUserSessions removes every session of that user and no one else's", () => {
    const otherId = insertTestUser(db);
    const mine = [createSession(db, userId, T0), createSession(db, userId, T0)];
    const theirs = createSession(db, otherId, T0);
    invalidateUserSessions(db, userId);
    for (const { token } of mine) expect(validateSessionToken(db, token, T0)).toBeNull();
    expect(db.prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(userId)).toBe(0);
    expect(validateSessionToken(db, theirs.token, T0)?.user.id).toBe(otherId);
  });
});
