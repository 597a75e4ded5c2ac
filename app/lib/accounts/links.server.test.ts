import { sha256 } from "@oslojs/crypto/sha2";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password.server";
import { createSession, validateSessionToken } from "../auth/session.server";
import type { Db } from "../db.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import { logIn } from "./accounts.server";
import { findAccountLink, issueAccountLink, setPasswordWithLink } from "./links.server";
import { createResetLink, createStaffAccount, resendInvitation, setAccountActive } from "./staff.server";

const IP = "203.0.113.9";
const NOW = 1_800_000_000;
const DAY = 24 * 60 * 60;
const PASSWORD = "kopi tubruk pagi hari";

let db: Db;
let adminId: number;

function invite(email = "budi@dinas.go.id") {
  const result = createStaffAccount(
    db,
    { fullName: "Budi Santoso", email, phone: "+6281298765432", role: "mentor", coverage: [] },
    adminId,
    IP,
    NOW,
  );
  if (!result.ok) throw new Error(`invitation refused: ${result.field}`);
  return result;
}

function tokens(userId: number) {
  return db.prepare("SELECT * FROM user_token WHERE user_id = ? ORDER BY id").all(userId) as {
    purpose: string;
    token_hash: Buffer;
    created_by: number;
    expires_at: number;
    used_at: number | null;
  }[];
}

function audit(action: string) {
  return db.prepare("SELECT actor_user_id, subject_id, ip FROM audit_log WHERE action = ?").all(action);
}

beforeEach(() => {
  db = createTestDb();
  adminId = insertTestUser(db, { role: "admin", phone: null });
});

describe("invitation links", () => {
  it("stores only the SHA-256 of a 160-bit secret, for 7 days, with the account unable to log in", async () => {
    const { userId, secret, expiresAt } = invite();
    expect(secret).toMatch(/^[a-z2-7]{32}$/);
    expect(expiresAt).toBe(NOW + 7 * DAY);
    const [row] = tokens(userId);
    expect(row).toMatchObject({ purpose: "invitation", created_by: adminId, expires_at: NOW + 7 * DAY, used_at: null });
    expect(Buffer.from(row!.token_hash)).toEqual(Buffer.from(sha256(new TextEncoder().encode(secret))));
    // The secret itself is nowhere in the database.
    const dump =
      JSON.stringify(db.prepare("SELECT * FROM user_token").all()) +
      JSON.stringify(db.prepare("SELECT * FROM audit_log").all());
    expect(dump).not.toContain(secret);
    const user = db.prepare("SELECT invited_at, password_hash FROM user WHERE id = ?").get(userId) as {
      invited_at: number;
      password_hash: string;
    };
    expect(user.invited_at).toBe(NOW);
    expect(await logIn(db, "budi@dinas.go.id", "!invited", IP)).toEqual({ ok: false, reason: "invalid" });
    expect(await logIn(db, "budi@dinas.go.id", "", IP)).toEqual({ ok: false, reason: "invalid" });
    expect(audit("account.invite")).toEqual([{ actor_user_id: adminId, subject_id: String(userId), ip: IP }]);
  });

  it("opens once: sets the password, ends the invitation, signs in, and refuses a second use", async () => {
    const { userId, secret } = invite();
    expect(findAccountLink(db, secret, "invitation", NOW + 60)).toMatchObject({
      status: "valid",
      user: { userId, fullName: "Budi Santoso", role: "mentor", invited: true },
    });
    const result = await setPasswordWithLink(db, secret, "invitation", PASSWORD, IP, NOW + 60);
    if (!result.ok) throw new Error(result.status);
    expect(result.role).toBe("mentor");
    expect(validateSessionToken(db, result.sessionToken, NOW + 61)?.user.id).toBe(userId);
    const user = db.prepare("SELECT invited_at, password_hash FROM user WHERE id = ?").get(userId) as {
      invited_at: number | null;
      password_hash: string;
    };
    expect(user.invited_at).toBeNull();
    expect(await verifyPassword(user.password_hash, PASSWORD)).toBe(true);
    expect(tokens(userId)[0]!.used_at).toBe(NOW + 60);
    expect(audit("account.invitation_accepted")).toEqual([
      { actor_user_id: userId, subject_id: String(userId), ip: IP },
    ]);

    expect(findAccountLink(db, secret, "invitation", NOW + 120)).toEqual({ status: "used" });
    expect(await setPasswordWithLink(db, secret, "invitation", "another password", IP, NOW + 120)).toEqual({
      ok: false,
      status: "used",
    });
    const after = db.prepare("SELECT password_hash FROM user WHERE id = ?").pluck().get(userId) as string;
    expect(after).toBe(user.password_hash);
    expect((await logIn(db, "budi@dinas.go.id", PASSWORD, IP)).ok).toBe(true);
  });

  it("expires after 7 days, and a wrong, malformed or other-purpose secret opens nothing", async () => {
    const { userId, secret } = invite();
    expect(findAccountLink(db, secret, "invitation", NOW + 7 * DAY - 1).status).toBe("valid");
    expect(findAccountLink(db, secret, "invitation", NOW + 7 * DAY)).toEqual({ status: "expired" });
    expect(await setPasswordWithLink(db, secret, "invitation", PASSWORD, IP, NOW + 8 * DAY)).toEqual({
      ok: false,
      status: "expired",
    });
    expect(db.prepare("SELECT invited_at FROM user WHERE id = ?").pluck().get(userId)).toBe(NOW);

    const wrong = secret.slice(0, -1) + (secret.endsWith("a") ? "b" : "a");
    expect(findAccountLink(db, wrong, "invitation", NOW)).toEqual({ status: "unknown" });
    expect(findAccountLink(db, "not a secret", "invitation", NOW)).toEqual({ status: "unknown" });
    expect(findAccountLink(db, secret.toUpperCase(), "invitation", NOW)).toEqual({ status: "unknown" });
    expect(findAccountLink(db, secret, "password_reset", NOW)).toEqual({ status: "unknown" });
  });

  it("a re-sent invitation voids the earlier link", () => {
    const first = invite();
    const again = resendInvitation(db, first.userId, adminId, IP, NOW + DAY);
    if (!again.ok) throw new Error(again.reason);
    expect(findAccountLink(db, first.secret, "invitation", NOW + DAY)).toEqual({ status: "unknown" });
    expect(findAccountLink(db, again.secret, "invitation", NOW + DAY).status).toBe("valid");
    expect(tokens(first.userId)).toHaveLength(1);
    expect(audit("account.invite")).toHaveLength(2);
  });

  it("deactivation voids open links; the account's links cannot be used while it is inactive", () => {
    const { userId, secret } = invite();
    setAccountActive(db, adminId, userId, false, IP);
    expect(findAccountLink(db, secret, "invitation", NOW)).toEqual({ status: "unknown" });
    // A link made before the row was deleted (or any left over) is refused for an inactive account.
    const leftover = issueAccountLink(db, userId, "invitation", adminId, NOW);
    expect(findAccountLink(db, leftover.secret, "invitation", NOW)).toEqual({ status: "expired" });
    expect(resendInvitation(db, userId, adminId, IP, NOW)).toEqual({ ok: false, reason: "inactive" });
  });

  it("a duplicate email or phone is refused and writes nothing", () => {
    invite();
    const before = db.prepare("SELECT count(*) FROM user_token").pluck().get();
    expect(
      createStaffAccount(
        db,
        { fullName: "Budi Lain", email: "budi@dinas.go.id", phone: null, role: "admin", coverage: [] },
        adminId,
        IP,
        NOW,
      ),
    ).toEqual({ ok: false, field: "email" });
    expect(
      createStaffAccount(
        db,
        { fullName: "Budi Lain", email: "lain@dinas.go.id", phone: "+6281298765432", role: "admin", coverage: [] },
        adminId,
        IP,
        NOW,
      ),
    ).toEqual({ ok: false, field: "phone" });
    expect(db.prepare("SELECT count(*) FROM user WHERE full_name = 'Budi Lain'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM user_token").pluck().get()).toBe(before);
  });
});

describe("password reset links", () => {
  it("work for 24 hours, once, and sign the user out of every other session", async () => {
    const ownerId = insertTestUser(db, { email: "siti@contoh.id" });
    const other = createSession(db, ownerId, NOW).token;
    expect(createResetLink(db, invite("x@y.id").userId, adminId, IP, NOW)).toEqual({ ok: false, reason: "invited" });
    const link = createResetLink(db, ownerId, adminId, IP, NOW);
    if (!link.ok) throw new Error(link.reason);
    expect(link.expiresAt).toBe(NOW + DAY);
    expect(audit("account.reset_link")).toEqual([{ actor_user_id: adminId, subject_id: String(ownerId), ip: IP }]);
    expect(findAccountLink(db, link.secret, "password_reset", NOW + DAY)).toEqual({ status: "expired" });
    expect(findAccountLink(db, link.secret, "invitation", NOW)).toEqual({ status: "unknown" });

    const result = await setPasswordWithLink(db, link.secret, "password_reset", PASSWORD, IP, NOW + 3600);
    if (!result.ok) throw new Error(result.status);
    expect(validateSessionToken(db, other, NOW + 3601)).toBeNull();
    expect(validateSessionToken(db, result.sessionToken, NOW + 3601)?.user.id).toBe(ownerId);
    expect(db.prepare("SELECT count(*) FROM session WHERE user_id = ?").pluck().get(ownerId)).toBe(1);
    expect(audit("account.password_reset")).toEqual([{ actor_user_id: ownerId, subject_id: String(ownerId), ip: IP }]);
    expect(await setPasswordWithLink(db, link.secret, "password_reset", "yet another one", IP, NOW + 3700)).toEqual({
      ok: false,
      status: "used",
    });
    expect((await logIn(db, "siti@contoh.id", PASSWORD, IP)).ok).toBe(true);
  });

  it("a new reset link voids the earlier one", () => {
    const ownerId = insertTestUser(db);
    const first = createResetLink(db, ownerId, adminId, IP, NOW);
    const second = createResetLink(db, ownerId, adminId, IP, NOW + 10);
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(findAccountLink(db, first.secret, "password_reset", NOW + 20)).toEqual({ status: "unknown" });
    expect(findAccountLink(db, second.secret, "password_reset", NOW + 20).status).toBe("valid");
  });
});
