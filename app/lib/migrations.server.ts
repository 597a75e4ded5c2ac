import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { getProvinces, getRegencies } from "idn-area-data";

const MIGRATION_FILE = /^(\d{4})_[a-z0-9_]+\.sql$/;

export function migrationsDir(): string {
  return path.resolve(process.env.MIGRATIONS_DIR ?? "db/migrations");
}

export type AppliedMigration = { version: number; name: string };

/**
 * Applies every numbered SQL file in `dir` that the database has not recorded yet,
 * each in its own transaction together with its record in `schema_migration`.
 */
export function migrate(db: Database.Database, dir = migrationsDir()): AppliedMigration[] {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migration (
       version INTEGER PRIMARY KEY,
       name TEXT NOT NULL,
       applied_at INTEGER NOT NULL
     ) STRICT`,
  );
  const done = new Set(db.prepare("SELECT version FROM schema_migration").pluck().all() as number[]);
  const files = fs
    .readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort();
  const applied: AppliedMigration[] = [];
  const record = db.prepare("INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, unixepoch())");
  for (const name of files) {
    const version = Number(MIGRATION_FILE.exec(name)![1]);
    if (done.has(version)) continue;
    const sql = fs.readFileSync(path.join(dir, name), "utf8");
    db.transaction(() => {
      db.exec(sql);
      record.run(version, name);
    })();
    applied.push({ version, name });
  }
  return applied;
}

/**
 * Loads provinces and regencies/cities from idn-area-data (Kepmendagri 2025) when
 * the region table does not hold them yet. Idempotent; one transaction.
 */
export async function loadRegions(db: Database.Database): Promise<number> {
  const provinces = await getProvinces();
  const regencies = await getRegencies();
  const count = db.prepare("SELECT count(*) FROM region").pluck().get() as number;
  if (count === provinces.length + regencies.length) return 0;
  const upsert = db.prepare(
    `INSERT INTO region (code, code_source, level, parent_code, name, regency_kind)
     VALUES (@code, 'kemendagri', @level, @parent, @name, @kind)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, parent_code = excluded.parent_code,
       regency_kind = excluded.regency_kind`,
  );
  db.transaction(() => {
    for (const p of provinces) {
      upsert.run({ code: p.code, level: "province", parent: null, name: p.name, kind: null });
    }
    for (const r of regencies) {
      const regencyNumber = Number(r.code.split(".")[1]);
      upsert.run({
        code: r.code,
        level: "regency",
        parent: r.province_code,
        name: r.name,
        kind: regencyNumber >= 71 ? "kota" : "kabupaten",
      });
    }
  })();
  return provinces.length + regencies.length;
}
