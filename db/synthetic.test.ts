import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../app/lib/auth/password.server";
import { assignEnterprise } from "../app/lib/assignment/assignment.server";
import { closeDb } from "../app/lib/db.server";
import { getOrCreateEnterprise } from "../app/lib/journey/journey.server";
import { refreshEnterpriseSummary } from "../app/lib/mentoring/summary.server";
import {
  adminEmail,
  generateSyntheticDatabase,
  mentorEmail,
  ownerEmail,
  ownerUserId,
  SYNTHETIC_PASSWORD,
} from "./synthetic";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-"));
const file = path.join(dir, "tiny.sqlite");
const viaTriggersFile = path.join(dir, "tiny-via-triggers.sqlite");
const NOW = Date.UTC(2026, 10, 30, 5) / 1000;
const options = { out: file, enterprises: 300, mentors: 5, marks: 1000, seed: 7, now: NOW };
let db: Database.Database;
let viaTriggers: Database.Database;

beforeAll(async () => {
  // The default (bulk) path, and the same options written row by row through the triggers.
  await generateSyntheticDatabase(options);
  await generateSyntheticDatabase({ ...options, out: viaTriggersFile, throughTriggers: true });
  db = new Database(file);
  viaTriggers = new Database(viaTriggersFile);
}, 120_000);
afterAll(() => {
  db?.close();
  viaTriggers?.close();
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = <T>(sql: string) => db.prepare(sql).all() as T[];
const one = <T>(sql: string) => db.prepare(sql).pluck().get() as T;

/** Every kind of tally, counted from the enterprises themselves (the rule of migration 0006). */
const TALLY_BY_COUNTING = `WITH c AS (SELECT id AS enterprise_id, '*' AS category FROM enterprise
                UNION ALL SELECT enterprise_id, category FROM enterprise_category)
     SELECT 'stage' AS kind, c.category, e.stage AS bucket, coalesce(e.province_code, '') AS p,
            coalesce(e.regency_code, '') AS r, coalesce(e.size_class, '') AS z, count(*) AS n, sum(e.has_marketplace_shop) AS shop, sum(e.has_online_sale) AS sale
     FROM enterprise e JOIN c ON c.enterprise_id = e.id GROUP BY 1, 2, 3, 4, 5, 6
     UNION ALL
     SELECT 'online_day', c.category, date(e.go_online_at + 25200, 'unixepoch'), coalesce(e.province_code, ''), '', coalesce(e.size_class, ''),
            count(*), 0, 0
     FROM enterprise e JOIN c ON c.enterprise_id = e.id WHERE e.go_online_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
     UNION ALL
     SELECT 'online_days', c.category, printf('%05d', max(0, (e.go_online_at - e.created_at) / 86400)),
            coalesce(e.province_code, ''), '', coalesce(e.size_class, ''), count(*), 0, 0
     FROM enterprise e JOIN c ON c.enterprise_id = e.id WHERE e.go_online_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6
     UNION ALL
     SELECT 'registered_day', c.category, date(e.created_at + 25200, 'unixepoch'), coalesce(e.province_code, ''), '', coalesce(e.size_class, ''),
            count(*), 0, 0
     FROM enterprise e JOIN c ON c.enterprise_id = e.id GROUP BY 1, 2, 3, 4, 5, 6
     UNION ALL
     SELECT 'active_day', c.category, date(coalesce(e.last_owner_activity_at, e.created_at) + 25200, 'unixepoch'),
            coalesce(e.province_code, ''), coalesce(e.regency_code, ''), coalesce(e.size_class, ''), count(*), 0, 0
     FROM enterprise e JOIN c ON c.enterprise_id = e.id GROUP BY 1, 2, 3, 4, 5, 6
     ORDER BY 1, 2, 3, 4, 5, 6`;
const TALLY_STORED = `SELECT kind, category, bucket, province_code AS p, regency_code AS r, size_class AS z, n,
            n_shop AS shop, n_sale AS sale
     FROM dashboard_tally WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6`;
/** Mentors whose stored load differs from a count of their enterprises. */
const MENTOR_LOAD_MISMATCHES = `SELECT l.mentor_user_id FROM mentor_load l
     LEFT JOIN (SELECT mentor_user_id AS m, sum(stage <> 'go_online') AS a, count(*) AS c, sum(tasks_waiting) AS w
                FROM enterprise WHERE mentor_user_id IS NOT NULL GROUP BY 1) x ON x.m = l.mentor_user_id
     WHERE coalesce(x.a, 0) <> l.active_cases OR coalesce(x.c, 0) <> l.all_cases OR coalesce(x.w, 0) <> l.tasks_waiting`;
const TEMPLATE_COUNT_MISMATCHES = `SELECT version FROM journey_template t
     WHERE enterprise_count <> (SELECT count(*) FROM enterprise e WHERE e.template_version = t.version)`;

/** Rows of every table, with the columns that hold a clock reading or a random salt left out. */
function contents(database: Database.Database): Record<string, unknown[]> {
  const volatile: Record<string, string[]> = {
    schema_migration: ["applied_at"],
    journey_template: ["published_at"],
    trademark: ["updated_at"],
    trademark_index_meta: ["updated_at"],
    user: ["password_hash"],
  };
  const tables = database
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") // with ANALYZE's sqlite_stat1 and 4
    .pluck()
    .all() as string[];
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    const columns = (database.pragma(`table_info(${table})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !volatile[table]?.includes(c));
    const list = columns.map((c) => `"${c}"`).join(", ");
    result[table] = database.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).raw().all();
  }
  return result;
}

describe("generateSyntheticDatabase", () => {
  it("writes the requested numbers of enterprises, owners, mentors, admins and marks", () => {
    expect(one("SELECT count(*) FROM enterprise")).toBe(300);
    expect(all("SELECT role, count(*) AS n FROM user GROUP BY role ORDER BY role")).toEqual([
      { role: "admin", n: 20 },
      { role: "mentor", n: 5 },
      { role: "owner", n: 300 },
    ]);
    expect(one("SELECT count(*) FROM trademark WHERE source = 'import'")).toBe(1000);
    expect(one("SELECT count(*) FROM trademark_variant")).toBeGreaterThan(1000);
    expect(one("SELECT count(DISTINCT enterprise_id) FROM product")).toBe(300);
    expect(one("SELECT count(*) FROM product")).toBeGreaterThan(600);
    expect(one("SELECT count(*) FROM mentoring_session")).toBeGreaterThan(0);
    expect(one("SELECT count(*) FROM impact_snapshot")).toBeGreaterThan(0);
    expect(one("SELECT count(*) FROM enterprise WHERE stage = 'go_online'")).toBeGreaterThan(20);
    expect(one("SELECT count(*) FROM enterprise WHERE stage = 'usaha'")).toBeGreaterThan(
      one<number>("SELECT count(*) FROM enterprise WHERE stage = 'go_online'"),
    );
    expect(one("SELECT count(*) FROM enterprise WHERE size_class = 'mikro'")).toBeGreaterThan(270);
  });

  it("marks the database synthetic and is back in WAL mode", () => {
    expect(one("SELECT value FROM app_setting WHERE key = 'synthetic_data'")).toBe("1");
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    // Foreign keys and CHECK constraints are off while building; every row must still obey them
    // (quick_check tests each row's CHECK and NOT NULL constraints).
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("quick_check", { simple: true })).toBe("ok");
    // The worker's scratch file for the trademark index is gone.
    expect(fs.readdirSync(dir).filter((name) => name.includes("marks"))).toEqual([]);
  });

  it("refuses to overwrite the file without force", async () => {
    await expect(generateSyntheticDatabase(options)).rejects.toThrow(/exists/);
  });

  it("keeps the dashboard tally equal to counts of the enterprises themselves", () => {
    const counted = all(TALLY_BY_COUNTING);
    expect(counted.length).toBeGreaterThan(300);
    expect(all(TALLY_STORED)).toEqual(counted);
    expect(one("SELECT count(*) FROM dashboard_tally WHERE n = 0")).toBe(0);
  });

  it("keeps each mentor's load and each template's enterprise count equal to the enterprises", () => {
    expect(all(MENTOR_LOAD_MISMATCHES)).toEqual([]);
    expect(one("SELECT count(*) FROM mentor_load")).toBe(5);
    expect(all(TEMPLATE_COUNT_MISMATCHES)).toEqual([]);
    expect(one("SELECT sum(enterprise_count) FROM journey_template")).toBe(300);
  });

  it("ends with the same schema and rows as writing every row through the triggers", () => {
    const schema = (database: Database.Database) =>
      database
        .prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")
        .all();
    expect(schema(db)).toEqual(schema(viaTriggers));
    expect(one("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toBe(24);
    expect(one("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enterprise'")).toBeGreaterThan(
      15,
    );
    const bulk = contents(db);
    const rowByRow = contents(viaTriggers);
    expect(Object.keys(bulk)).toEqual(Object.keys(rowByRow));
    for (const table of Object.keys(rowByRow)) expect(bulk[table], table).toEqual(rowByRow[table]);
    expect(bulk.dashboard_tally!.length).toBeGreaterThan(1000);
    expect(bulk.sqlite_stat1!.length).toBeGreaterThan(50);
    expect(bulk.sqlite_stat4!.length).toBeGreaterThan(50);
  });

  it("leaves working triggers: the app's later writes move the tally, mentor loads and template counts", () => {
    const tallied = (kind: string, bucket: string) =>
      db
        .prepare("SELECT coalesce(sum(n), 0) FROM dashboard_tally WHERE kind = ? AND bucket = ? AND category = '*'")
        .pluck()
        .get(kind, bucket) as number;
    const usahaBefore = tallied("stage", "usaha");
    const onlineBefore = tallied("stage", "go_online");
    const loadOf = (mentor: number) =>
      db.prepare("SELECT all_cases FROM mentor_load WHERE mentor_user_id = ?").pluck().get(mentor) as number;
    // An unfinished enterprise with a mentor (second), and another mentor (first) for a new one.
    const { moved, second } = db
      .prepare(
        "SELECT id AS moved, mentor_user_id AS second FROM enterprise WHERE mentor_user_id IS NOT NULL AND stage = 'usaha' ORDER BY id LIMIT 1",
      )
      .get() as { moved: number; second: number };
    const first = second === 21 ? 22 : 21;
    const loadsBefore = [loadOf(first), loadOf(second)];

    db.exec("SAVEPOINT writes");
    // A new owner registers: the app creates the enterprise (stage 'usaha'), which a mentor gets.
    const owner = ownerUserId(301, 5);
    db.prepare(
      `INSERT INTO user (id, role, full_name, email, phone, password_hash, privacy_consent_version, privacy_consent_at,
                         created_at, updated_at)
       VALUES (?, 'owner', 'Pemilik Baru', 'baru@sintetis.umkm.id', '+6281399999999', 'x', '2026-01', ?, ?, ?)`,
    ).run(owner, NOW, NOW, NOW);
    const created = getOrCreateEnterprise(db, owner);
    db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (?, 'craft')").run(created.id);
    expect(assignEnterprise(db, created.id, first, { userId: 1, ip: null })).toMatchObject({ changed: true });
    // The unfinished enterprise goes online.
    db.prepare("UPDATE enterprise SET stage = 'go_online', go_online_at = ? WHERE id = ?").run(NOW, moved);

    const counted = all(TALLY_BY_COUNTING);
    const stored = all(TALLY_STORED);
    const after = {
      usaha: tallied("stage", "usaha"),
      online: tallied("stage", "go_online"),
      loads: [loadOf(first), loadOf(second)],
      mismatches: all(MENTOR_LOAD_MISMATCHES),
      templates: all(TEMPLATE_COUNT_MISMATCHES),
      total: one("SELECT sum(enterprise_count) FROM journey_template"),
    };
    db.exec("ROLLBACK TO writes");
    db.exec("RELEASE writes");

    expect(stored).toEqual(counted);
    expect(after.usaha).toBe(usahaBefore); // one new, one gone online
    expect(after.online).toBe(onlineBefore + 1);
    expect(after.loads).toEqual([loadsBefore[0]! + 1, loadsBefore[1]]);
    expect(after.mismatches).toEqual([]);
    expect(after.templates).toEqual([]);
    expect(after.total).toBe(301);
  });

  it("assigns enterprises only to mentors who cover their province or regency", () => {
    expect(one("SELECT count(*) FROM enterprise WHERE mentor_user_id IS NOT NULL")).toBeGreaterThan(30);
    expect(
      one(`SELECT count(*) FROM enterprise e WHERE e.mentor_user_id IS NOT NULL AND NOT EXISTS (
             SELECT 1 FROM mentor_coverage c WHERE c.mentor_user_id = e.mentor_user_id
               AND c.region_code IN (e.province_code, e.regency_code))`),
    ).toBe(0);
    expect(
      one(`SELECT count(*) FROM mentoring_session s JOIN enterprise e ON e.id = s.enterprise_id
           WHERE s.mentor_user_id IS NOT e.mentor_user_id OR s.held_on > '2026-11-30'`),
    ).toBe(0);
  });

  it("stores summary columns that the app's own recomputation from the tasks leaves unchanged", () => {
    const columns = `id, stage, progress_percent, tasks_waiting, nib, has_marketplace_shop, has_online_sale,
                     last_owner_activity_at, last_activity_at`;
    const before = all(`SELECT ${columns} FROM enterprise ORDER BY id`);
    const ids = before.map((row) => (row as { id: number }).id);
    const tallyBefore = all("SELECT * FROM dashboard_tally WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6");
    db.exec("SAVEPOINT recompute");
    for (const id of ids) refreshEnterpriseSummary(db, id);
    const after = all(`SELECT ${columns} FROM enterprise ORDER BY id`);
    const tallyAfter = all("SELECT * FROM dashboard_tally WHERE n <> 0 ORDER BY 1, 2, 3, 4, 5, 6");
    db.exec("ROLLBACK TO recompute");
    db.exec("RELEASE recompute");
    expect(after).toEqual(before);
    expect(tallyAfter).toEqual(tallyBefore);
    // Some of each kind of work waits for a mentor, and approvals were recorded as events.
    expect(one("SELECT count(*) FROM enterprise_task WHERE status = 'submitted'")).toBeGreaterThan(0);
    expect(
      one(`SELECT count(*) FROM enterprise_task t WHERE t.status IN ('submitted', 'done') AND t.task_key <> 'brand'
           AND NOT EXISTS (SELECT 1 FROM task_event v WHERE v.enterprise_id = t.enterprise_id
                           AND v.task_key = t.task_key AND v.action = 'submit')`),
    ).toBe(0);
    expect(
      one(`SELECT count(*) FROM enterprise_task t WHERE t.status = 'done' AND t.task_key <> 'brand'
           AND NOT EXISTS (SELECT 1 FROM task_event v WHERE v.enterprise_id = t.enterprise_id
                           AND v.task_key = t.task_key AND v.action = 'approve')`),
    ).toBe(0);
  });

  it("lets the well-known accounts sign in with the shared password", async () => {
    for (const email of [adminEmail(1), mentorEmail(1), mentorEmail(5), ownerEmail(1), ownerEmail(300)]) {
      const hash = db.prepare("SELECT password_hash FROM user WHERE email = ?").pluck().get(email) as string;
      expect(await verifyPassword(hash, SYNTHETIC_PASSWORD), email).toBe(true);
      expect(await verifyPassword(hash, "salah-2026"), email).toBe(false);
    }
    expect(one(`SELECT count(DISTINCT password_hash) FROM user`)).toBe(1);
  }, 60_000);

  it("makes the root loader report the synthetic flag for the footer", async () => {
    process.env.DATABASE_PATH = file;
    const { loader } = await import("../app/root");
    const response = await loader({
      request: new Request("http://localhost/"),
      params: {},
      context: { clientIp: "127.0.0.1" },
    });
    const data = (response as unknown as { data: { synthetic: boolean } }).data;
    expect(data.synthetic).toBe(true);
  }, 60_000);
});
