import { beforeEach, describe, expect, it } from "vitest";
import { validateSessionToken } from "../auth/session.server";
import type { Db } from "../db.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import { CONSENT_DOCUMENTS } from "~/utils/privacy/documents";
import type { NewOwner } from "./accounts.server";
import {
  changePassword,
  changeUserRole,
  countActiveUsersByRole,
  createUser,
  logIn,
  logOut,
  PRIVACY_NOTICE_VERSION,
  registerOwner,
  setUserActive,
} from "./accounts.server";

const IP = "203.0.113.7";
const PASSWORD = "kopi-susu-gula-aren";

// As registerSchema hands it over: email lower-cased, phone in E.164.
const siti: NewOwner = {
  fullName: "Siti Rahayu",
  email: "siti@contoh.id",
  phone: "+6281234567890",
  password: PASSWORD,
  locale: "id",
};

type UserRow = {
  id: number;
  role: string;
  email: string;
  phone: string | null;
  password_hash: string;
  is_active: number;
  privacy_consent_version: string | null;
  privacy_consent_at: number | null;
  created_at: number;
};
type AuditRow = {
  actor_user_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  details: string | null;
};

let db: Db;

function user(id: number): UserRow | undefined {
  return db.prepare("SELECT * FROM user WHERE id = ?").get(id) as UserRow | undefined;
}
function audit(action?: string): AuditRow[] {
  return (
    action
      ? db.prepare("SELECT * FROM audit_log WHERE action = ? ORDER BY id").all(action)
      : db.prepare("SELECT * FROM audit_log ORDER BY id").all()
  ) as AuditRow[];
}
function count(table: "user" | "session" | "audit_log"): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}
function sessionsOf(userId: number): number {
  return db.prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(userId) as number;
}

/** Registers Siti and returns her id and first session token. */
async function registerSiti(): Promise<{ userId: number; token: string }> {
  const result = await registerOwner(db, siti, IP);
  if (!result.ok) throw new Error(`registration failed on ${result.field}`);
  return result;
}

beforeEach(() => {
  db = createTestDb();
});

describe("registerOwner", () => {
  it("creates an owner with consent, an argon2id hash, a session and audit rows", async () => {
    const before = Math.floor(Date.now() / 1000);
    const { userId, token } = await registerSiti();

    const row = user(userId);
    expect(row).toMatchObject({
      role: "owner",
      email: "siti@contoh.id",
      phone: "+6281234567890",
      is_active: 1,
      privacy_consent_version: PRIVACY_NOTICE_VERSION,
    });
    expect(row?.privacy_consent_at).toBeGreaterThanOrEqual(before);
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain(PASSWORD);

    expect(validateSessionToken(db, token)?.user).toMatchObject({ id: userId, role: "owner", fullName: "Siti Rahayu" });
    expect(sessionsOf(userId)).toBe(1);

    expect(audit().map((a) => a.action)).toEqual(["account.register", "auth.login"]);
    const [register] = audit("account.register");
    expect(register).toMatchObject({ actor_user_id: userId, subject_type: "user", subject_id: String(userId), ip: IP });
    expect(JSON.parse(register?.details ?? "null")).toEqual({
      consentVersion: PRIVACY_NOTICE_VERSION,
      termsVersion: CONSENT_DOCUMENTS.terms.version,
    });
  });

  it("refuses an email already in use, whatever its case", async () => {
    await registerSiti();
    const result = await registerOwner(db, { ...siti, email: "SITI@Contoh.id", phone: "+6281111111111" }, IP);
    expect(result).toEqual({ ok: false, field: "email" });
    expect(count("user")).toBe(1);
    expect(count("session")).toBe(1);
    expect(count("audit_log")).toBe(2);
  });

  it("refuses a phone number already in use", async () => {
    await registerSiti();
    const result = await registerOwner(db, { ...siti, email: "budi@contoh.id" }, IP);
    expect(result).toEqual({ ok: false, field: "phone" });
    expect(count("user")).toBe(1);
  });
});

describe("createUser", () => {
  it("creates staff without consent and lower-cases the email", async () => {
    const id = await createUser(db, {
      role: "mentor",
      fullName: "Budi",
      email: "Budi@PLUT.id",
      phone: null,
      password: PASSWORD,
    });
    expect(user(id)).toMatchObject({
      role: "mentor",
      email: "budi@plut.id",
      phone: null,
      privacy_consent_version: null,
    });
    expect(audit("account.create")).toHaveLength(1);
    expect(sessionsOf(id)).toBe(0);
  });
});

describe("logIn", () => {
  let userId: number;
  beforeEach(async () => {
    ({ userId } = await registerSiti());
  });

  it.each(["siti@contoh.id", "  SITI@contoh.ID ", "0812 3456 7890", "081234567890", "+6281234567890"])(
    "signs in with %j",
    async (identifier) => {
      const result = await logIn(db, identifier, PASSWORD, IP);
      expect(result).toMatchObject({ ok: true, userId, role: "owner" });
      if (!result.ok) return;
      expect(validateSessionToken(db, result.token)?.user.id).toBe(userId);
      expect(audit("auth.login").at(-1)).toMatchObject({ actor_user_id: userId, ip: IP });
    },
  );

  it("refuses a wrong password and records the failure", async () => {
    const sessionsBefore = count("session");
    expect(await logIn(db, "siti@contoh.id", "wrong-password", IP)).toEqual({ ok: false, reason: "invalid" });
    expect(count("session")).toBe(sessionsBefore);
    expect(audit("auth.login_failed")).toEqual([
      expect.objectContaining({ actor_user_id: userId, subject_type: "user", subject_id: String(userId), ip: IP }),
    ]);
    expect(db.prepare("SELECT hits FROM rate_limit WHERE key = ?").pluck().get(`login.account:user:${userId}`)).toBe(1);
  });

  it.each(["nobody@contoh.id", "0899 9999 9999", "not an identifier"])(
    "gives the same answer for the unknown account %j",
    async (identifier) => {
      expect(await logIn(db, identifier, PASSWORD, IP)).toEqual({ ok: false, reason: "invalid" });
      expect(audit("auth.login_failed")).toEqual([expect.objectContaining({ actor_user_id: null, subject_id: null })]);
    },
  );

  it("is throttled after 5 failures, even with the right password", async () => {
    for (let i = 0; i < 5; i += 1) {
      expect(await logIn(db, "siti@contoh.id", `wrong-${i}`, IP)).toMatchObject({ reason: "invalid" });
    }
    const result = await logIn(db, "siti@contoh.id", PASSWORD, IP);
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
    if (result.ok || result.reason !== "throttled") return;
    expect(result.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("counts each attempt before the password is checked, so parallel guesses stop at the limit", async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => logIn(db, "siti@contoh.id", `wrong-${i}`, IP)),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(3);
  });

  it("does not count a successful sign-in against its shared address", async () => {
    await logIn(db, "siti@contoh.id", "wrong", IP);
    expect(await logIn(db, "siti@contoh.id", PASSWORD, IP)).toMatchObject({ ok: true });
    expect(db.prepare("SELECT hits FROM rate_limit WHERE key = ?").pluck().get(`login.ip:${IP}`)).toBe(1);
    expect(db.prepare("SELECT hits FROM rate_limit WHERE key = ?").pluck().get(`login.account:user:${userId}`)).toBe(
      undefined,
    );
  });

  it("counts failures per account, however the identifier is spelled", async () => {
    const spellings = ["siti@contoh.id", "SITI@contoh.id", "0812 3456 7890", "+6281234567890", "62812-3456-7890"];
    for (const [i, spelling] of spellings.entries()) {
      expect(await logIn(db, spelling, `wrong-${i}`, IP)).toMatchObject({ reason: "invalid" });
    }
    expect(await logIn(db, "081234567890", PASSWORD, IP)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("clears the account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 4; i += 1) await logIn(db, "siti@contoh.id", `wrong-${i}`, IP);
    expect(await logIn(db, "siti@contoh.id", PASSWORD, IP)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i += 1) await logIn(db, "siti@contoh.id", `wrong-${i}`, IP);
    expect(await logIn(db, "siti@contoh.id", PASSWORD, IP)).toMatchObject({ ok: true });
  });

  it("refuses an inactive user with the right password", async () => {
    setUserActive(db, userId, false, null, IP);
    expect(await logIn(db, "siti@contoh.id", PASSWORD, IP)).toEqual({ ok: false, reason: "invalid" });
    setUserActive(db, userId, true, null, IP);
    expect(await logIn(db, "siti@contoh.id", PASSWORD, IP)).toMatchObject({ ok: true });
  });

  it("never signs in against a malformed stored hash", async () => {
    insertTestUser(db, { role: "admin", email: "broken@contoh.id", phone: null, passwordHash: "garbage" });
    expect(await logIn(db, "broken@contoh.id", "garbage", IP)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("logOut", () => {
  it("ends only that session and records it", async () => {
    const { userId, token } = await registerSiti();
    const other = await logIn(db, "siti@contoh.id", PASSWORD, IP);
    const session = validateSessionToken(db, token);
    logOut(db, session!.session.id, userId, IP);
    expect(validateSessionToken(db, token)).toBeNull();
    expect(other.ok && validateSessionToken(db, other.token)).toBeTruthy();
    expect(audit("auth.logout")).toHaveLength(1);
  });
});

describe("changePassword", () => {
  const NEW_PASSWORD = "teh-manis-dingin-2026";

  it("changes nothing when the current password is wrong", async () => {
    const { userId, token } = await registerSiti();
    const hashBefore = user(userId)?.password_hash;
    expect(await changePassword(db, userId, "wrong-password", NEW_PASSWORD, IP)).toEqual({
      ok: false,
      reason: "wrongCurrent",
    });
    expect(user(userId)?.password_hash).toBe(hashBefore);
    expect(validateSessionToken(db, token)).not.toBeNull();
    expect(audit("account.password_change")).toEqual([]);
  });

  it("signs out every session, opens one new session, and replaces the password", async () => {
    const { userId, token: first } = await registerSiti();
    const second = await logIn(db, "081234567890", PASSWORD, IP);
    expect(sessionsOf(userId)).toBe(2);

    const result = await changePassword(db, userId, PASSWORD, NEW_PASSWORD, IP);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    expect(validateSessionToken(db, first)).toBeNull();
    expect(second.ok && validateSessionToken(db, second.token)).toBeNull();
    expect(sessionsOf(userId)).toBe(1);
    expect(validateSessionToken(db, result.token)?.user.id).toBe(userId);
    expect(user(userId)?.password_hash).toMatch(/^\$argon2id\$/);

    expect(await logIn(db, "siti@contoh.id", PASSWORD, IP)).toEqual({ ok: false, reason: "invalid" });
    expect(await logIn(db, "siti@contoh.id", NEW_PASSWORD, IP)).toMatchObject({ ok: true });
    expect(audit("account.password_change")).toHaveLength(1);
  });
});

describe("changeUserRole and setUserActive", () => {
  let userId: number;
  let token: string;
  beforeEach(async () => {
    ({ userId, token } = await registerSiti());
  });

  it("a role change signs the user out everywhere and is audited", () => {
    const adminId = insertTestUser(db, { role: "admin", phone: null });
    changeUserRole(db, userId, "mentor", adminId, IP);
    expect(user(userId)?.role).toBe("mentor");
    expect(validateSessionToken(db, token)).toBeNull();
    expect(sessionsOf(userId)).toBe(0);
    const [entry] = audit("account.role_change");
    expect(entry).toMatchObject({ actor_user_id: adminId, subject_id: String(userId) });
    expect(JSON.parse(entry?.details ?? "null")).toEqual({ role: "mentor" });
  });

  it("deactivation signs the user out everywhere; reactivation is audited", () => {
    setUserActive(db, userId, false, null, IP);
    expect(user(userId)?.is_active).toBe(0);
    expect(sessionsOf(userId)).toBe(0);
    expect(validateSessionToken(db, token)).toBeNull();

    setUserActive(db, userId, true, null, IP);
    expect(user(userId)?.is_active).toBe(1);
    expect(
      audit()
        .map((a) => a.action)
        .slice(-2),
    ).toEqual(["account.deactivate", "account.reactivate"]);
  });

  it("leaves other users' sessions alone", async () => {
    const budi = await registerOwner(db, { ...siti, email: "budi@contoh.id", phone: "+6281111111111" }, IP);
    setUserActive(db, userId, false, null, IP);
    expect(budi.ok && validateSessionToken(db, budi.token)).toBeTruthy();
  });
});

describe("countActiveUsersByRole", () => {
  it("is zero for every role in an empty database", () => {
    expect(countActiveUsersByRole(db)).toEqual({ owner: 0, mentor: 0, admin: 0 });
  });

  it("counts only active users, per role", () => {
    insertTestUser(db, { role: "owner" });
    insertTestUser(db, { role: "owner" });
    insertTestUser(db, { role: "owner", isActive: false });
    insertTestUser(db, { role: "mentor", phone: null });
    insertTestUser(db, { role: "admin", phone: null, isActive: false });
    expect(countActiveUsersByRole(db)).toEqual({ owner: 2, mentor: 1, admin: 0 });
  });
});
