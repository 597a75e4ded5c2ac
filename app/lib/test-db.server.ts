// Shared setup for unit tests: a fresh, fully migrated in-memory database per test.
import type { Db } from "./db.server";
import { nowSeconds, openDatabase } from "./db.server";
import { migrate } from "./migrations.server";
import type { Role } from "~/utils/roles";

export function createTestDb(): Db {
  const db = openDatabase(":memory:");
  migrate(db);
  return db;
}

export type TestUser = {
  role?: Role;
  fullName?: string;
  email?: string;
  phone?: string | null;
  passwordHash?: string;
  isActive?: boolean;
};

let counter = 0;

/**
 * Inserts a user row directly (no argon2 hashing), for tests that only need a user to
 * hang sessions or audit rows on. Returns the new user's id.
 */
export function insertTestUser(db: Db, user: TestUser = {}): number {
  counter += 1;
  const role = user.role ?? "owner";
  const now = nowSeconds();
  const phone = user.phone === undefined ? `+62812000${String(counter).padStart(5, "0")}` : user.phone;
  const owner = role === "owner";
  return Number(
    db
      .prepare(
        `INSERT INTO user (role, full_name, email, phone, password_hash, is_active,
                           privacy_consent_version, privacy_consent_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        role,
        user.fullName ?? `Test User ${counter}`,
        user.email ?? `user${counter}@test.id`,
        phone,
        user.passwordHash ?? "not-a-real-hash",
        user.isActive === false ? 0 : 1,
        owner ? "test" : null,
        owner ? now : null,
        now,
        now,
      ).lastInsertRowid,
  );
}

// ── Journey and enterprise helpers ─────────────────────────────────────────────────────────
// (Imports are hoisted, so they may sit here, next to the helpers that use them.)
import { ensureJourneyTemplate, getOrCreateEnterprise, type EnterpriseRef } from "./journey/journey.server";
import { loadRegions } from "./migrations.server";

/**
 * A fresh test database with the current journey template published; with
 * `regions: true` also the provinces and regencies (needed by profile region checks
 * and the enterprise's region foreign keys).
 */
export async function createJourneyTestDb(options: { regions?: boolean } = {}): Promise<Db> {
  const db = createTestDb();
  ensureJourneyTemplate(db);
  if (options.regions) await loadRegions(db);
  return db;
}

/** Inserts an owner and creates their enterprise. The template must be published. */
export function insertTestEnterprise(db: Db, owner: TestUser = {}): { ownerId: number; enterprise: EnterpriseRef } {
  const ownerId = insertTestUser(db, { ...owner, role: "owner" });
  return { ownerId, enterprise: getOrCreateEnterprise(db, ownerId) };
}

/** Number of rows in a table, optionally only those of one enterprise. */
export function countRows(db: Db, table: string, enterpriseId?: number): number {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  return (
    enterpriseId === undefined
      ? db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
      : db.prepare(`SELECT count(*) FROM ${table} WHERE enterprise_id = ?`).pluck().get(enterpriseId)
  ) as number;
}
