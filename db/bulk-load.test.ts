import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../app/lib/test-db.server";
import { backfillStatements, splitStatements, suspendForBulkLoad, writeTargets } from "./bulk-load";

const schema = (db: ReturnType<typeof createTestDb>) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name").all();

describe("splitStatements and writeTargets", () => {
  it("keeps a trigger whole across CASE … END, strings and comments, and finds what each statement writes", () => {
    const statements = splitStatements(`
      -- a comment; with a semicolon
      CREATE TABLE a (x TEXT DEFAULT 'it''s; fine', y INTEGER REFERENCES b (id) ON UPDATE CASCADE);
      /* block; comment */
      CREATE TRIGGER t AFTER UPDATE OF x ON a BEGIN
        INSERT INTO tally (k, n) SELECT CASE NEW.x WHEN 'END;' THEN 1 ELSE 2 END, 1
          ON CONFLICT (k) DO UPDATE SET n = n + 1;
        UPDATE OR IGNORE main.counts SET total = total + 1, (p, q) = (1, 2) WHERE id = CASE WHEN 1 THEN 1 END;
        DELETE FROM "old rows" WHERE k = NEW.x;
      END;
      UPDATE a SET y = (SELECT max(id) FROM b), x = 'z';
      INSERT OR REPLACE INTO [b] VALUES (1);;
    `);
    expect(statements.map((s) => [s.sql.split(/\s+/).slice(0, 2).join(" "), s.trigger])).toEqual([
      ["CREATE TABLE", false],
      ["CREATE TRIGGER", true],
      ["UPDATE a", false],
      ["INSERT OR", false],
    ]);
    expect(statements[1]!.sql.endsWith("END")).toBe(true);
    expect(statements.map(writeTargets)).toEqual([
      [],
      ["tally", "counts.total", "counts.p", "counts.q", "old rows"],
      ["a.y", "a.x"],
      ["b"],
    ]);
  });

  it("reads the aggregate backfills of the migrations, in migration order", () => {
    expect(backfillStatements().map((s) => writeTargets(s).join(" "))).toEqual([
      "dashboard_tally",
      "mentor_load",
      "mentor_load",
      "journey_template.enterprise_count",
      "dashboard_rollup",
    ]);
  });
});

describe("suspendForBulkLoad", () => {
  it("drops the aggregate triggers and non-unique indexes, and restores the schema and the aggregates", () => {
    const db = createTestDb();
    const before = schema(db);
    const bulk = suspendForBulkLoad(db, {
      tables: ["user", "enterprise"],
      keep: (index) => index.table === "enterprise" && index.columns[0] === "province_code",
    });
    expect(bulk.triggers.sort()).toEqual(
      [
        "dashboard_tally_rollup_insert",
        "dashboard_tally_rollup_update",
        "dashboard_tally_rollup_delete",
        "enterprise_tally_activity",
        "enterprise_tally_insert",
        "enterprise_tally_update_old",
        "enterprise_tally_update_new",
        "enterprise_tally_delete",
        "enterprise_category_tally_insert",
        "enterprise_category_tally_delete",
        "mentor_load_user_insert",
        "mentor_load_user_role",
        "mentor_load_insert",
        "mentor_load_update",
        "mentor_load_delete",
        "journey_template_count_insert",
        "journey_template_count_update",
        "journey_template_count_delete",
      ].sort(),
    );
    expect(bulk.indexes).toContain("enterprise_mentor_stage");
    expect(bulk.indexes).toContain("user_role_name");
    expect(bulk.indexes).toContain("dashboard_tally_province"); // an aggregate table's
    expect(bulk.indexes).not.toContain("product_enterprise"); // not a loaded table
    expect(bulk.indexes).toContain("enterprise_regency");
    expect(bulk.indexes).not.toContain("enterprise_province"); // kept
    expect(bulk.indexes).not.toContain("enterprise_province_created");
    // only the triggers that write ordinary rows (the caseload's search text, migration 0015) stay
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all()).toEqual([
      "enterprise_brand_search_delete",
      "enterprise_brand_search_insert",
      "enterprise_brand_search_update",
      "enterprise_search_insert",
      "enterprise_search_update",
      "user_search_update",
    ]);

    db.prepare("INSERT INTO journey_template (version, content, published_at) VALUES (1, '{}', 0)").run();
    db.prepare(
      `INSERT INTO user (id, role, full_name, email, phone, password_hash, privacy_consent_at, created_at, updated_at)
       VALUES (1, 'mentor', 'M', 'm@x.id', NULL, 'x', NULL, 0, 0), (2, 'owner', 'O', 'o@x.id', '+628123', 'x', 0, 0, 0)`,
    ).run();
    db.prepare(
      `INSERT INTO enterprise (id, owner_user_id, template_version, province_code, size_class, mentor_user_id, stage,
         tasks_waiting, created_at, updated_at) VALUES (1, 2, 1, NULL, 'mikro', 1, 'merek', 2, 86400, 86400)`,
    ).run();
    db.prepare("INSERT INTO enterprise_category (enterprise_id, category) VALUES (1, 'craft')").run();
    expect(db.prepare("SELECT count(*) FROM dashboard_tally").pluck().get()).toBe(0);

    bulk.refillAggregates();
    bulk.createIndexes(undefined, ["user"]);
    expect(() => bulk.restoreTriggers()).toThrow(/not created yet: user_role_name/);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'enterprise_regency'").pluck().get()).toBe(1);
    bulk.createIndexes();
    bulk.restoreTriggers();
    expect(schema(db)).toEqual(before);
    expect(db.prepare("SELECT * FROM mentor_load").all()).toEqual([
      { mentor_user_id: 1, active_cases: 1, all_cases: 1, tasks_waiting: 2 },
    ]);
    expect(db.prepare("SELECT enterprise_count FROM journey_template").pluck().get()).toBe(1);
    const stage = () =>
      db
        .prepare("SELECT category, bucket, n FROM dashboard_tally WHERE kind = 'stage' AND n <> 0 ORDER BY category")
        .all();
    expect(stage()).toEqual([
      { category: "*", bucket: "merek", n: 1 },
      { category: "craft", bucket: "merek", n: 1 },
    ]);
    // The triggers are back: a later write moves the tally.
    db.prepare("UPDATE enterprise SET stage = 'produk' WHERE id = 1").run();
    expect(stage()).toEqual([
      { category: "*", bucket: "produk", n: 1 },
      { category: "craft", bucket: "produk", n: 1 },
    ]);
    db.close();
  });

  it("refuses a trigger that writes aggregates and other rows, or an aggregate no migration backfills", () => {
    const db = createTestDb();
    db.exec(`CREATE TRIGGER mixed AFTER INSERT ON product BEGIN
               UPDATE mentor_load SET all_cases = all_cases WHERE 0;
               INSERT INTO app_setting (key, value) VALUES ('x', 'y');
             END`);
    expect(() => suspendForBulkLoad(db, { tables: ["product"] })).toThrow(/mixed writes aggregates and other rows/);
    db.exec("DROP TRIGGER mixed");
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-migrations-"));
    expect(() => suspendForBulkLoad(db, { tables: ["product"], migrations: empty })).toThrow(
      /no migration backfills dashboard_tally/,
    );
    // Nothing was dropped by the refusals.
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get()).toBe(24);
    fs.rmSync(empty, { recursive: true });
    db.close();
  });
});
