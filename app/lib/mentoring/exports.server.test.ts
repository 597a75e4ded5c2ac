import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import { recordCaseloadExport, recordSessionsExport } from "./exports.server";
import type { CaseloadFilters } from "~/utils/mentoring/caseload-filters";

const FILTERS: CaseloadFilters = {
  view: "all",
  stage: null,
  province: null,
  regency: null,
  category: null,
  size: null,
  q: "",
  sort: "name",
  page: 3,
};
const CLOCK = { now: nowSeconds(), today: "2031-05-01", stalledDays: 14 };

let db: Db;
let mentorId: number;

function audits() {
  return (
    db.prepare("SELECT action, actor_user_id, subject_type, subject_id, ip, details FROM audit_log").all() as {
      details: string;
    }[]
  ).map((row) => ({ ...row, details: JSON.parse(row.details) }));
}

beforeEach(async () => {
  db = await createJourneyTestDb();
  mentorId = insertTestUser(db, { role: "mentor" });
  for (const name of ["Keripik Ayu", "Batik Ayu", "Kopi Lain"]) {
    const { enterprise } = insertTestEnterprise(db);
    db.prepare("UPDATE enterprise SET mentor_user_id = ?, name = ? WHERE id = ?").run(mentorId, name, enterprise.id);
  }
  db.prepare("DELETE FROM audit_log").run();
});

describe("export audits", () => {
  it("records a caseload download with its filter, row count and IP", () => {
    expect(recordCaseloadExport(db, mentorId, { ...FILTERS, q: "ayu", sort: "quiet" }, CLOCK, "203.0.113.9")).toBe(2);
    expect(audits()).toEqual([
      {
        action: "export.caseload",
        actor_user_id: mentorId,
        subject_type: "user",
        subject_id: String(mentorId),
        ip: "203.0.113.9",
        details: { filters: { q: "ayu", sort: "quiet" }, rows: 2 },
      },
    ]);
  });

  it("records an unfiltered caseload download with every row", () => {
    expect(recordCaseloadExport(db, mentorId, FILTERS, CLOCK, null)).toBe(3);
    expect(audits()[0]!.details).toEqual({ filters: {}, rows: 3 });
  });

  it("records a month of sessions with the number of sessions in it", () => {
    const enterpriseId = db.prepare("SELECT id FROM enterprise LIMIT 1").pluck().get() as number;
    const insert = db.prepare(
      `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics, created_at, updated_at)
       VALUES (?, ?, ?, 'kunjungan', 30, '["profile"]', 0, 0)`,
    );
    for (const day of ["2031-04-30", "2031-05-01", "2031-05-31", "2031-06-01"]) insert.run(enterpriseId, mentorId, day);
    expect(recordSessionsExport(db, mentorId, "2031-05", { from: "2031-05-01", to: "2031-06-01" }, "2001:db8::2")).toBe(
      2,
    );
    expect(audits()).toEqual([
      expect.objectContaining({ action: "export.sessions", ip: "2001:db8::2", details: { month: "2031-05", rows: 2 } }),
    ]);
  });
});
