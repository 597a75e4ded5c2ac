import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "./db.server";
import { openDatabase } from "./db.server";
import { loadRegions, migrate } from "./migrations.server";
import { createTestDb } from "./test-db.server";

function tableNames(db: Db): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function recorded(db: Db): { version: number; name: string }[] {
  return db.prepare("SELECT version, name FROM schema_migration ORDER BY version").all() as {
    version: number;
    name: string;
  }[];
}

const tempDirs: string[] = [];
function migrationsFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "umkm-migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), sql);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("migrate", () => {
  it("applies every migration in db/migrations once and records it", () => {
    const db = openDatabase(":memory:");
    const files = fs.readdirSync("db/migrations").filter((name) => name.endsWith(".sql"));
    expect(files.slice(0, 3)).toEqual(["0001_init.sql", "0002_journey.sql", "0003_uploads_brand_products.sql"]);
    const expected = files.sort().map((name) => ({ version: Number(name.slice(0, 4)), name }));
    expect(migrate(db)).toEqual(expected);
    expect(recorded(db)).toEqual(expected);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining([
        ...["user", "session", "rate_limit", "audit_log", "region", "schema_migration"],
        ...["enterprise", "enterprise_task", "upload", "enterprise_brand", "product", "product_photo"],
      ]),
    );
  });

  it("applies nothing the second time", () => {
    const db = createTestDb();
    expect(migrate(db)).toEqual([]);
    expect(recorded(db)).toHaveLength(fs.readdirSync("db/migrations").filter((name) => name.endsWith(".sql")).length);
  });

  it("applies files in numeric order, skips files that are not migrations, and resumes later", () => {
    const dir = migrationsFolder({
      "0002_second.sql": "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));",
      "0001_first.sql": "CREATE TABLE a (id INTEGER PRIMARY KEY);",
      "README.md": "not SQL",
      "0003-bad-name.sql": "this is not SQL either",
    });
    const db = openDatabase(":memory:");
    expect(migrate(db, dir).map((m) => m.version)).toEqual([1, 2]);

    fs.writeFileSync(path.join(dir, "0003_third.sql"), "CREATE TABLE c (id INTEGER PRIMARY KEY);");
    expect(migrate(db, dir)).toEqual([{ version: 3, name: "0003_third.sql" }]);
    expect(tableNames(db)).toEqual(["a", "b", "c", "schema_migration"]);
  });

  it("rolls a failing migration back completely, keeping the ones before it", () => {
    const dir = migrationsFolder({
      "0001_good.sql": "CREATE TABLE good (id INTEGER PRIMARY KEY);",
      // The first statement succeeds, the second fails: neither may remain.
      "0002_bad.sql": "CREATE TABLE partial (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);",
    });
    const db = openDatabase(":memory:");
    expect(() => migrate(db, dir)).toThrow(/no_such_table/);
    expect(tableNames(db)).toEqual(["good", "schema_migration"]);
    expect(recorded(db)).toEqual([{ version: 1, name: "0001_good.sql" }]);

    // Fixing the file lets the next run apply it.
    fs.writeFileSync(path.join(dir, "0002_bad.sql"), "CREATE TABLE partial (id INTEGER PRIMARY KEY);");
    expect(migrate(db, dir)).toEqual([{ version: 2, name: "0002_bad.sql" }]);
  });
});

describe("the 0001 schema", () => {
  it("enforces the owner's phone and consent", () => {
    const db = createTestDb();
    const insert = db.prepare(
      `INSERT INTO user (role, full_name, email, phone, password_hash, privacy_consent_at, created_at, updated_at)
       VALUES (?, 'A', ?, ?, 'h', ?, 0, 0)`,
    );
    expect(() => insert.run("owner", "a@x.id", null, 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run("owner", "b@x.id", "+6281234567890", null)).toThrow(/CHECK constraint/);
    expect(() => insert.run("owner", "c@x.id", "081234567890", 1)).toThrow(/CHECK constraint/);
    expect(() => insert.run("mentor", "d@x.id", null, null)).not.toThrow();
  });

  it("treats emails as unique regardless of case", () => {
    const db = createTestDb();
    const insert = db.prepare(
      `INSERT INTO user (role, full_name, email, password_hash, created_at, updated_at)
       VALUES ('admin', 'A', ?, 'h', 0, 0)`,
    );
    insert.run("siti@contoh.id");
    expect(() => insert.run("SITI@contoh.id")).toThrow(/UNIQUE constraint/);
  });

  it("deletes a user's sessions with the user", () => {
    const db = createTestDb();
    const userId = db
      .prepare(
        `INSERT INTO user (role, full_name, email, password_hash, created_at, updated_at)
         VALUES ('admin', 'A', 'a@x.id', 'h', 0, 0)`,
      )
      .run().lastInsertRowid;
    db.prepare("INSERT INTO session VALUES ('s', ?, x'00', 0, 0, 1)").run(userId);
    db.prepare("DELETE FROM user WHERE id = ?").run(userId);
    expect(db.prepare("SELECT count(*) FROM session").pluck().get()).toBe(0);
  });
});

describe("loadRegions", () => {
  type RegionRow = {
    code: string;
    level: string;
    parent_code: string | null;
    name: string;
    regency_kind: string | null;
  };
  let db: Db;
  let loaded: number;
  const region = (code: string) => db.prepare("SELECT * FROM region WHERE code = ?").get(code) as RegionRow | undefined;
  const count = (level: string) =>
    db.prepare("SELECT count(*) FROM region WHERE level = ?").pluck().get(level) as number;

  beforeAll(async () => {
    db = createTestDb();
    loaded = await loadRegions(db);
  });

  it("loads the 38 provinces and 514 regencies and cities", () => {
    expect(loaded).toBe(38 + 514);
    expect(count("province")).toBe(38);
    expect(count("regency")).toBe(514);
  });

  it("uses Kemendagri codes", () => {
    expect(region("32")).toMatchObject({
      level: "province",
      parent_code: null,
      name: "Jawa Barat",
      regency_kind: null,
    });
    expect(region("32.05")).toMatchObject({
      level: "regency",
      parent_code: "32",
      name: "Kabupaten Garut",
      regency_kind: "kabupaten",
    });
    expect(region("32.73")).toMatchObject({
      level: "regency",
      parent_code: "32",
      name: "Kota Bandung",
      regency_kind: "kota",
    });
    expect(db.prepare("SELECT DISTINCT code_source FROM region").pluck().all()).toEqual(["kemendagri"]);
  });

  it("marks every 'Kota' as a city and every 'Kabupaten' as a regency", () => {
    const mismatched = db
      .prepare(
        `SELECT code, name, regency_kind FROM region WHERE level = 'regency'
           AND NOT ((name LIKE 'Kota %' AND regency_kind = 'kota')
                 OR (name LIKE 'Kabupaten %' AND regency_kind = 'kabupaten'))`,
      )
      .all();
    expect(mismatched).toEqual([]);
  });

  it("gives every regency an existing province as parent", () => {
    const orphans = db
      .prepare(
        `SELECT r.code FROM region r LEFT JOIN region p ON p.code = r.parent_code AND p.level = 'province'
          WHERE r.level = 'regency' AND p.code IS NULL`,
      )
      .all();
    expect(orphans).toEqual([]);
  });

  it("is idempotent", async () => {
    expect(await loadRegions(db)).toBe(0);
    expect(count("province")).toBe(38);
    expect(count("regency")).toBe(514);
  });

  it("fills in regions that are missing", async () => {
    const fresh = createTestDb();
    await loadRegions(fresh);
    fresh.prepare("DELETE FROM region WHERE code = '32.73'").run();
    expect(await loadRegions(fresh)).toBe(38 + 514);
    expect(fresh.prepare("SELECT name FROM region WHERE code = '32.73'").pluck().get()).toBe("Kota Bandung");
  });
});
