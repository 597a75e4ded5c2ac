import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import { auditLogQuery, listAuditLog } from "./audit-log.server";
import { AUDIT_PAGE_SIZE } from "~/utils/audit/actions";
import { parseAuditFilters, type AuditFilters } from "~/utils/audit/filters";

const NONE: AuditFilters = {
  action: null,
  actor: "",
  subjectType: null,
  subjectId: "",
  from: "",
  to: "",
  ip: "",
  before: null,
};
const filters = (change: Partial<AuditFilters>): AuditFilters => ({ ...NONE, ...change });
/** Unix seconds of a WIB wall-clock time. */
const wib = (date: string, time = "12:00") => Date.parse(`${date}T${time}:00+07:00`) / 1000;

let db: Db;
let siti: number;
let budi: number;

beforeEach(() => {
  db = createTestDb();
  siti = insertTestUser(db, { fullName: "Siti Aminah", email: "siti@contoh.id", role: "admin" });
  budi = insertTestUser(db, { fullName: "Budi Santoso", email: "budi@contoh.id", role: "mentor" });
});

describe("listAuditLog filters", () => {
  beforeEach(() => {
    recordAudit(
      db,
      { actorUserId: siti, action: "auth.login", subjectType: "user", subjectId: siti, ip: "203.0.113.1" },
      wib("2031-03-01"),
    );
    recordAudit(
      db,
      {
        actorUserId: budi,
        action: "review.approve",
        subjectType: "enterprise",
        subjectId: 42,
        ip: "203.0.113.2",
        details: { task: "profile" },
      },
      wib("2031-03-02", "00:00"),
    );
    recordAudit(
      db,
      {
        actorUserId: budi,
        action: "review.request_changes",
        subjectType: "enterprise",
        subjectId: 7,
        ip: "2001:db8::5",
      },
      wib("2031-03-02", "23:59"),
    );
    recordAudit(
      db,
      { actorUserId: null, action: "assignment.auto", subjectType: "enterprise", subjectId: 42 },
      wib("2031-03-03", "00:00"),
    );
  });

  const actions = (f: Partial<AuditFilters>) => listAuditLog(db, filters(f)).rows.map((r) => r.action);

  it("lists everything newest first, with the actor's name and email or none for the system", () => {
    const { rows, olderBefore, unknownActor } = listAuditLog(db, NONE);
    expect(rows.map((r) => r.action)).toEqual([
      "assignment.auto",
      "review.request_changes",
      "review.approve",
      "auth.login",
    ]);
    expect(rows[0]).toMatchObject({ actorUserId: null, actorName: null, actorEmail: null, ip: null, details: null });
    expect(rows[2]).toMatchObject({
      actorName: "Budi Santoso",
      actorEmail: "budi@contoh.id",
      subjectType: "enterprise",
      subjectId: "42",
      ip: "203.0.113.2",
      details: { task: "profile" },
    });
    expect({ olderBefore, unknownActor }).toEqual({ olderBefore: null, unknownActor: false });
  });

  it("filters by action, by actor's email (any case), by subject and by IP", () => {
    expect(actions({ action: "review.approve" })).toEqual(["review.approve"]);
    expect(actions({ actor: "budi@contoh.id" })).toEqual(["review.request_changes", "review.approve"]);
    expect(actions({ subjectType: "enterprise", subjectId: "42" })).toEqual(["assignment.auto", "review.approve"]);
    expect(actions({ subjectType: "user" })).toEqual(["auth.login"]);
    expect(actions({ ip: "2001:db8::5" })).toEqual(["review.request_changes"]);
    expect(actions({ actor: "budi@contoh.id", action: "auth.login" })).toEqual([]);
    const parsed = parseAuditFilters(new URLSearchParams("actor=BUDI@Contoh.ID"));
    expect(listAuditLog(db, parsed.filters).rows).toHaveLength(2);
  });

  it("reads dates as whole WIB days, both ends included", () => {
    expect(actions({ from: "2031-03-02", to: "2031-03-02" })).toEqual(["review.request_changes", "review.approve"]);
    expect(actions({ from: "2031-03-03" })).toEqual(["assignment.auto"]);
    expect(actions({ to: "2031-03-01" })).toEqual(["auth.login"]);
  });

  it("says when no account has the actor's email instead of listing nothing silently", () => {
    expect(listAuditLog(db, filters({ actor: "tidak.ada@contoh.id" }))).toEqual({
      rows: [],
      olderBefore: null,
      unknownActor: true,
    });
  });
});

describe("listAuditLog paging", () => {
  it("pages by the last id seen, without repeating or skipping entries, even at the same second", () => {
    const at = wib("2031-04-01");
    // 2.5 pages; every 7 entries share one second, so the cursor must settle ties by id.
    const total = AUDIT_PAGE_SIZE * 2 + 20;
    for (let i = 0; i < total; i += 1) {
      recordAudit(db, { actorUserId: siti, action: "auth.login", subjectId: i }, at + Math.floor(i / 7));
    }
    const seen: string[] = [];
    let before: number | null = null;
    const sizes: number[] = [];
    do {
      const page = listAuditLog(db, filters({ action: "auth.login", before }));
      sizes.push(page.rows.length);
      seen.push(...page.rows.map((r) => r.subjectId!));
      before = page.olderBefore;
    } while (before !== null);
    expect(sizes).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => String(total - 1 - i)));
  });

  it("gives an empty page for a cursor that names no entry", () => {
    recordAudit(db, { actorUserId: siti, action: "auth.login" });
    expect(listAuditLog(db, filters({ before: 999_999 })).rows).toEqual([]);
  });
});

describe("listAuditLog at scale", () => {
  it("reads every filter from an index in order, without sorting, over 300,000 entries", () => {
    const actions = ["auth.login", "review.approve", "task.finish", "session.log", "export.caseload"];
    const insert = db.prepare(
      `INSERT INTO audit_log (at, actor_user_id, action, subject_type, subject_id, ip, details)
       VALUES (?, ?, ?, 'enterprise', ?, ?, '{"task":"profile"}')`,
    );
    const start = wib("2030-01-01");
    db.transaction(() => {
      for (let i = 0; i < 300_000; i += 1) {
        insert.run(start + i * 60, i % 2 ? siti : budi, actions[i % 5], String(i % 5000), `10.0.${i % 200}.${i % 250}`);
      }
    })();
    db.exec("ANALYZE");

    const cases: Record<string, AuditFilters> = {
      none: NONE,
      action: filters({ action: "review.approve" }),
      actor: filters({ actor: "siti@contoh.id" }),
      subject: filters({ subjectType: "enterprise", subjectId: "123" }),
      ip: filters({ ip: "10.0.5.5" }),
      dates: filters({ from: "2030-03-01", to: "2030-03-31" }),
      actionAndDates: filters({ action: "task.finish", from: "2030-03-01", to: "2030-03-31" }),
      actorAndAction: filters({ actor: "budi@contoh.id", action: "auth.login" }),
    };
    for (const [name, f] of Object.entries(cases)) {
      const first = listAuditLog(db, f);
      expect(first.rows.length, name).toBeGreaterThan(0);
      const later = { ...f, before: first.rows.at(-1)!.id };
      for (const page of [f, later]) {
        const query = auditLogQuery(db, page);
        if ("none" in query) throw new Error(`${name}: no query`);
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(query.params) as { detail: string }[])
          .map((row) => row.detail)
          .join(" | ");
        if (process.env.SHOW_PLANS) console.log(`${name}: ${plan}`);
        expect(plan, name).toMatch(/ON audit_log|USING (COVERING )?INDEX audit_log_/);
        expect(plan, name).not.toMatch(/TEMP B-TREE/);
        expect(plan, name).not.toMatch(/SCAN a(?! USING)/);
      }
      const began = performance.now();
      listAuditLog(db, later);
      expect(performance.now() - began, name).toBeLessThan(250);
    }
  }, 60_000);
});
