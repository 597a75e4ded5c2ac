import { parseWithZod } from "@conform-to/zod/v4";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { stalledAfterDays } from "../mentoring/settings.server";
import { createTestDb, insertTestUser } from "../test-db.server";
import { saveTargets, setStalledAfterDays, targetsFor } from "./programme.server";
import { parseTarget, stalledSchema, targetsSchema } from "~/utils/validation/admin-settings";

let db: Db;
let adminId: number;

const audits = () =>
  (
    db
      .prepare("SELECT action, actor_user_id, subject_type, subject_id, ip, details FROM audit_log ORDER BY id")
      .all() as {
      details: string;
    }[]
  ).map((row) => ({ ...row, details: JSON.parse(row.details) }));

beforeEach(() => {
  db = createTestDb();
  adminId = insertTestUser(db, { role: "admin" });
});

describe("parseTarget", () => {
  it.each([
    ["0", 0],
    ["12500", 12500],
    ["12.500", 12500],
    ["12,500", 12500],
    [" 1.000.000 ", 1_000_000],
    ["100.000.000", 100_000_000],
  ])("reads %j as %d", (input, value) => {
    expect(parseTarget(input)).toBe(value);
  });

  it.each(["-1", "1,5", "2.5", "12.50", "1.000,000", "100.000.001", "1e6", "abc", "", "0x10", "１２"])(
    "refuses %j",
    (input) => {
      expect(parseTarget(input)).toBeNull();
    },
  );
});

describe("targetsSchema", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.set(key, value);
    return parseWithZod(data, { schema: targetsSchema(["11", "32"]) });
  };

  it("reads the year, the national target and each province; empty means no target", () => {
    const submission = form({ year: "2031", national: "50.000", province_11: "1.200", province_32: "" });
    expect(submission.status).toBe("success");
    expect(submission.status === "success" && submission.value).toEqual({
      year: 2031,
      national: 50_000,
      province_11: 1200,
      province_32: null,
    });
  });

  it("puts an error at each bad field and at a year outside the programme", () => {
    const submission = form({ year: "2018", national: "-5", province_11: "1,5", province_32: "100000001" });
    expect(submission.status).toBe("error");
    expect(submission.status === "error" && submission.error).toEqual({
      year: ["adminSettings.year.invalid"],
      national: ["adminSettings.target.invalid"],
      province_11: ["adminSettings.target.invalid"],
      province_32: ["adminSettings.target.invalid"],
    });
  });
});

describe("stalledSchema", () => {
  const days = (value: string) => {
    const data = new FormData();
    data.set("days", value);
    return parseWithZod(data, { schema: stalledSchema });
  };

  it("takes whole days from 1 to 365", () => {
    const one = days("1");
    expect(one.status === "success" && one.value).toEqual({ days: 1 });
    expect(days(" 365 ").status).toBe("success");
  });

  it.each(["0", "366", "7.5", "-3", "", "abc", "1000"])("refuses %j at the field", (value) => {
    const submission = days(value);
    expect(submission.status === "error" && submission.error).toEqual({ days: ["adminSettings.stalled.invalid"] });
  });
});

describe("targets", () => {
  it("are empty for a year nobody set", () => {
    expect(targetsFor(db, 2031)).toEqual({ national: null, byProvince: {} });
  });

  it("are saved, changed and removed in one go, with the changes in the audit entry", () => {
    saveTargets(
      db,
      2031,
      { national: 50_000, byProvince: { "11": 1200, "32": 9000, "35": null } },
      adminId,
      "203.0.113.4",
    );
    expect(targetsFor(db, 2031)).toEqual({ national: 50_000, byProvince: { "11": 1200, "32": 9000 } });
    expect(targetsFor(db, 2030)).toEqual({ national: null, byProvince: {} });

    const result = saveTargets(
      db,
      2031,
      { national: 50_000, byProvince: { "11": null, "32": 9500, "35": 0 } },
      adminId,
      null,
    );
    expect(result.changes).toEqual({ "11": [1200, null], "32": [9000, 9500], "35": [null, 0] });
    expect(targetsFor(db, 2031)).toEqual({ national: 50_000, byProvince: { "32": 9500, "35": 0 } });
    expect(
      db
        .prepare("SELECT province_code, updated_by FROM programme_target WHERE year = 2031 ORDER BY province_code")
        .all(),
    ).toEqual([
      { province_code: "", updated_by: adminId },
      { province_code: "32", updated_by: adminId },
      { province_code: "35", updated_by: adminId },
    ]);
    expect(audits()).toEqual([
      {
        action: "settings.targets",
        actor_user_id: adminId,
        subject_type: "programme_target",
        subject_id: "2031",
        ip: "203.0.113.4",
        details: { year: 2031, changes: { national: [null, 50_000], "11": [null, 1200], "32": [null, 9000] } },
      },
      expect.objectContaining({
        ip: null,
        details: { year: 2031, changes: { "11": [1200, null], "32": [9000, 9500], "35": [null, 0] } },
      }),
    ]);
  });

  it("leave the national target and unnamed provinces alone when they are not sent", () => {
    saveTargets(db, 2031, { national: 100, byProvince: { "11": 1, "32": 2 } }, adminId, null);
    const { changes } = saveTargets(db, 2031, { byProvince: { "32": 3 } }, adminId, null);
    expect(changes).toEqual({ "32": [2, 3] });
    expect(targetsFor(db, 2031)).toEqual({ national: 100, byProvince: { "11": 1, "32": 3 } });
  });

  it("write nothing, audit included, when a row is refused by the database", () => {
    saveTargets(db, 2031, { national: 10, byProvince: {} }, adminId, null);
    expect(() => saveTargets(db, 2031, { national: 20, byProvince: { "11": 5, "32": -1 } }, adminId, null)).toThrow(
      /CHECK/,
    );
    expect(targetsFor(db, 2031)).toEqual({ national: 10, byProvince: {} });
    expect(audits()).toHaveLength(1);
  });
});

describe("setStalledAfterDays", () => {
  it("changes the threshold the caseload reads and records old and new values", () => {
    expect(stalledAfterDays(db)).toBe(14);
    expect(setStalledAfterDays(db, 21, adminId, "198.51.100.3")).toEqual({ old: 14, new: 21 });
    expect(stalledAfterDays(db)).toBe(21);
    setStalledAfterDays(db, 21, adminId, null);
    setStalledAfterDays(db, 7, adminId, null);
    expect(stalledAfterDays(db)).toBe(7);
    expect(audits()).toEqual([
      {
        action: "settings.stalled_after_days",
        actor_user_id: adminId,
        subject_type: "app_setting",
        subject_id: "stalled_after_days",
        ip: "198.51.100.3",
        details: { old: 14, new: 21 },
      },
      expect.objectContaining({ details: { old: 21, new: 21 } }),
      expect.objectContaining({ details: { old: 21, new: 7 } }),
    ]);
  });

  it("works when the setting row is missing (the default applies until saved)", () => {
    db.prepare("DELETE FROM app_setting WHERE key = 'stalled_after_days'").run();
    expect(setStalledAfterDays(db, 30, adminId, null)).toEqual({ old: 14, new: 30 });
    expect(stalledAfterDays(db)).toBe(30);
  });
});
