import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { saveProfile } from "../enterprise/profile.server";
import { refreshEnterpriseSummary } from "../mentoring/summary.server";
import { createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import {
  areaTable,
  dashboardTotals,
  funnel,
  medianDaysToGoOnline,
  mentorWorkload,
  weeklyFlow,
} from "./dashboard.server";
import { todayInIndonesia } from "~/utils/dates";
import { SIZE_CLASSES, type SizeClass } from "~/utils/enterprise/size-class";
import { PRODUCT_CATEGORIES, type ProductCategory } from "~/utils/journey/template-types";
import { STAGES, type Stage } from "~/utils/mentoring/stage";
import { profileSchema } from "~/utils/validation/profile";
import { addDays, percentOfTarget, periodWeeks } from "~/utils/dashboard/filters";

const DAY = 86_400;
// 2026-06-15 12:00 WIB
const NOW = Date.UTC(2026, 5, 15, 5, 0, 0) / 1000;
const TODAY = "2026-06-15";
const wib = (ts: number) => todayInIndonesia(new Date(ts * 1000));

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}

type Row = {
  id: number;
  province: string | null;
  regency: string | null;
  size: SizeClass | null;
  stage: Stage;
  shop: number;
  sale: number;
  createdAt: number;
  goOnlineAt: number | null;
  lastOwnerActivityAt: number | null;
  categories: ProductCategory[];
};

type Filters = { province: string | null; category: ProductCategory | null; size: SizeClass | null };

/** Every enterprise row as it is now, read plainly: the brute-force side of the comparison. */
function allRows(db: Db): Row[] {
  const rows = db
    .prepare(
      `SELECT id, province_code AS province, regency_code AS regency, size_class AS size, stage,
              has_marketplace_shop AS shop, has_online_sale AS sale, created_at AS createdAt,
              go_online_at AS goOnlineAt, last_owner_activity_at AS lastOwnerActivityAt
       FROM enterprise`,
    )
    .all() as Omit<Row, "categories">[];
  const categories = db.prepare("SELECT category FROM enterprise_category WHERE enterprise_id = ?").pluck();
  return rows.map((r) => ({ ...r, categories: categories.all(r.id) as ProductCategory[] }));
}

const matches = (r: Row, f: Filters) =>
  (!f.province || (r.province ?? "") === f.province) &&
  (!f.category || r.categories.includes(f.category)) &&
  (!f.size || (r.size ?? "") === f.size);

function bruteTotals(rows: Row[], f: Filters) {
  const set = rows.filter((r) => matches(r, f));
  const stages = Object.fromEntries(STAGES.map((s) => [s, set.filter((r) => r.stage === s).length]));
  const since = addDays(TODAY, -29);
  return {
    registered: set.length,
    active: set.filter((r) => wib(r.lastOwnerActivityAt ?? r.createdAt) >= since).length,
    stages,
    goOnline: set.filter((r) => r.stage === "go_online").length,
    withShop: set.filter((r) => r.shop === 1).length,
    withSale: set.filter((r) => r.sale === 1).length,
  };
}

function bruteWeeks(rows: Row[], f: Filters, weeks: number) {
  const set = rows.filter((r) => matches(r, f));
  const starts = periodWeeks(TODAY, weeks);
  const inWeek = (start: string, ts: number | null) => ts !== null && wib(ts) >= start && wib(ts) < addDays(start, 7);
  const list = starts.map((start) => ({
    start,
    registered: set.filter((r) => inWeek(start, r.createdAt)).length,
    goOnline: set.filter((r) => inWeek(start, r.goOnlineAt)).length,
  }));
  return {
    weeks: list,
    registered: list.reduce((a, w) => a + w.registered, 0),
    goOnline: list.reduce((a, w) => a + w.goOnline, 0),
  };
}

function bruteMedian(rows: Row[], f: Filters): number | null {
  const days = rows
    .filter((r) => matches(r, f) && r.goOnlineAt !== null)
    .map((r) => Math.max(0, Math.trunc((r.goOnlineAt! - r.createdAt) / DAY)))
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  const mid = Math.floor(days.length / 2);
  return days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
}

function bruteArea(rows: Row[], f: Filters, regionCodes: string[], targets: Map<string, number>) {
  const set = rows.filter((r) => matches(r, f));
  const byRegency = Boolean(f.province);
  const code = (r: Row) => (byRegency ? (r.regency ?? "") : (r.province ?? ""));
  const row = (c: string) => {
    const here = set.filter((r) => code(r) === c);
    return {
      code: c,
      registered: here.length,
      goOnline: here.filter((r) => r.stage === "go_online").length,
      withShop: here.filter((r) => r.shop === 1).length,
      withSale: here.filter((r) => r.sale === 1).length,
      goOnlineThisYear: byRegency
        ? null
        : here.filter((r) => r.goOnlineAt && wib(r.goOnlineAt).startsWith("2026-")).length,
      target: byRegency ? null : (targets.get(c) ?? null),
    };
  };
  const list = regionCodes.map(row);
  if (set.some((r) => code(r) === "")) list.push(row(""));
  return list;
}

const PROVINCES = ["32", "33", "65", "96"];
let db: Db;
let regenciesOf: Map<string, string[]>;

/** A profile saved through the app's own function, as the profile form does. */
function saveRandomProfile(rng: ReturnType<typeof random>, id: number, ownerId: number) {
  const province = rng.next() < 0.1 ? undefined : rng.pick(PROVINCES);
  const regency = province && rng.next() < 0.9 ? rng.pick(regenciesOf.get(province)!) : undefined;
  const categories = PRODUCT_CATEGORIES.filter(() => rng.next() < 0.3);
  const values = profileSchema(2026).parse({
    intent: "draft",
    name: `Usaha ${id}`,
    categories,
    provinceCode: province,
    regencyCode: regency,
    capital:
      rng.next() < 0.2 ? undefined : String(rng.pick([50_000_000, 2_000_000_000, 8_000_000_000, 20_000_000_000])),
  });
  saveProfile(db, id, ownerId, values, "draft", false);
}

describe("the dashboard against brute-force counts over the enterprise rows", () => {
  const owners = new Map<number, number>();

  beforeAll(async () => {
    db = await createJourneyTestDb({ regions: true });
    regenciesOf = new Map(
      PROVINCES.map((p) => [
        p,
        db.prepare("SELECT code FROM region WHERE parent_code = ? ORDER BY code LIMIT 4").pluck().all(p) as string[],
      ]),
    );
    db.prepare("INSERT INTO programme_target (year, province_code, target, updated_at) VALUES (2026, '', 40, 0)").run();
    db.prepare(
      "INSERT INTO programme_target (year, province_code, target, updated_at) VALUES (2026, '65', 7, 0)",
    ).run();
    db.prepare(
      "INSERT INTO programme_target (year, province_code, target, updated_at) VALUES (2025, '32', 9, 0)",
    ).run();
    const rng = random(20260615);
    const ids = () => [...owners.keys()];
    for (let step = 0; step < 900; step++) {
      const op = ids().length < 20 ? 0 : rng.int(11);
      const id = ids().length ? rng.pick(ids()) : 0;
      switch (op) {
        case 0: {
          // a new registration somewhen in the last two years (or a day in the future, clock skew)
          const { ownerId, enterprise } = insertTestEnterprise(db);
          owners.set(enterprise.id, ownerId);
          const createdAt = NOW - rng.int(730 * DAY) + (rng.next() < 0.02 ? DAY : 0);
          db.prepare("UPDATE enterprise SET created_at = ? WHERE id = ?").run(createdAt, enterprise.id);
          if (rng.next() < 0.8) saveRandomProfile(rng, enterprise.id, ownerId);
          break;
        }
        case 1:
          saveRandomProfile(rng, id, owners.get(id)!);
          break;
        case 2: {
          // the owner works on tasks: the summary moves the stage and the activity day
          const task = rng.pick(["profile", "legality", "brand", "ip", "products", "channels", "final_review"]);
          db.prepare(
            `INSERT INTO enterprise_task (enterprise_id, task_key, status, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (enterprise_id, task_key) DO UPDATE SET status = excluded.status`,
          ).run(id, task, rng.pick(["in_progress", "submitted", "done"]), NOW);
          refreshEnterpriseSummary(db, id, NOW - rng.int(90 * DAY));
          break;
        }
        case 3: {
          // Go Online, as the final review's approval writes it
          const createdAt = db.prepare("SELECT created_at FROM enterprise WHERE id = ?").pluck().get(id) as number;
          db.prepare("UPDATE enterprise SET go_online_at = ? WHERE id = ?").run(
            Math.min(NOW, createdAt + rng.int(250 * DAY)),
            id,
          );
          refreshEnterpriseSummary(db, id);
          break;
        }
        case 4:
          db.prepare("UPDATE enterprise SET go_online_at = NULL WHERE id = ?").run(id);
          refreshEnterpriseSummary(db, id);
          break;
        case 5:
          db.prepare("UPDATE enterprise SET stage = ? WHERE id = ?").run(rng.pick(STAGES), id);
          break;
        case 6:
          db.prepare("UPDATE enterprise SET has_marketplace_shop = ?, has_online_sale = ? WHERE id = ?").run(
            rng.int(2),
            rng.int(2),
            id,
          );
          break;
        case 7: {
          const category = rng.pick(PRODUCT_CATEGORIES);
          if (rng.next() < 0.5) {
            db.prepare("INSERT OR IGNORE INTO enterprise_category (enterprise_id, category) VALUES (?, ?)").run(
              id,
              category,
            );
          } else {
            db.prepare("DELETE FROM enterprise_category WHERE enterprise_id = ? AND category = ?").run(id, category);
          }
          break;
        }
        case 8: {
          // moved to another province (or the region cleared), the size class changed
          const province = rng.next() < 0.15 ? null : rng.pick(PROVINCES);
          db.prepare("UPDATE enterprise SET province_code = ?, regency_code = ?, size_class = ? WHERE id = ?").run(
            province,
            province && rng.next() < 0.8 ? rng.pick(regenciesOf.get(province)!) : null,
            rng.next() < 0.2 ? null : rng.pick(SIZE_CLASSES),
            id,
          );
          break;
        }
        case 9:
          db.prepare("UPDATE enterprise SET last_owner_activity_at = ? WHERE id = ?").run(
            rng.next() < 0.2 ? null : NOW - rng.int(60 * DAY),
            id,
          );
          break;
        case 10:
          if (rng.next() < 0.4) {
            db.prepare("DELETE FROM enterprise WHERE id = ?").run(id);
            owners.delete(id);
          }
          break;
      }
    }
  });

  it("holds a varied data set (else the comparison proves little)", () => {
    const rows = allRows(db);
    expect(rows.length).toBeGreaterThan(50);
    expect(new Set(rows.map((r) => r.stage)).size).toBe(STAGES.length);
    expect(rows.some((r) => r.province === null)).toBe(true);
    expect(rows.some((r) => r.categories.length > 1)).toBe(true);
    expect(rows.filter((r) => r.goOnlineAt !== null).length).toBeGreaterThan(10);
    expect(rows.some((r) => r.shop === 1 && r.sale === 1)).toBe(true);
  });

  const filterSets: Filters[] = [{ province: null, category: null, size: null }];
  for (const province of [...PROVINCES, "11"]) filterSets.push({ province, category: null, size: null });
  for (const category of PRODUCT_CATEGORIES) filterSets.push({ province: null, category, size: null });
  for (const size of SIZE_CLASSES) filterSets.push({ province: null, category: null, size });
  filterSets.push({ province: "65", category: "processed_food", size: "mikro" });
  filterSets.push({ province: "32", category: "craft", size: null });
  filterSets.push({ province: "96", category: null, size: "kecil" });

  it.each(filterSets)("every figure matches for %o", (f) => {
    const rows = allRows(db);
    expect(dashboardTotals(db, f, TODAY)).toEqual(bruteTotals(rows, f));
    for (const weeks of [13, 26, 52]) expect(weeklyFlow(db, f, TODAY, weeks)).toEqual(bruteWeeks(rows, f, weeks));
    expect(medianDaysToGoOnline(db, f)).toEqual(bruteMedian(rows, f));
    const regionCodes = (
      f.province
        ? db.prepare("SELECT code FROM region WHERE parent_code = ? ORDER BY code").pluck().all(f.province)
        : db.prepare("SELECT code FROM region WHERE level = 'province' ORDER BY code").pluck().all()
    ) as string[];
    const targets = new Map([
      ["", 40],
      ["65", 7],
    ]);
    const table = areaTable(db, f, TODAY);
    expect(table.rows.map(({ name: _name, ...r }) => r)).toEqual(bruteArea(rows, f, regionCodes, targets));
    const total = bruteTotals(rows, f);
    expect(table.total.registered).toBe(total.registered);
    expect(table.total.goOnline).toBe(total.goOnline);
    if (!f.province) {
      expect(table.total.target).toBe(40);
      expect(table.total.goOnlineThisYear).toBe(
        rows.filter((r) => matches(r, f) && r.goOnlineAt && wib(r.goOnlineAt) >= "2026-01-01").length,
      );
    }
  });

  it("keeps dashboard_rollup equal to the tally (but days of activity) summed over regencies, by province and size class or all", () => {
    type TallyRow = {
      kind: string;
      category: string;
      bucket: string;
      province: string;
      size: string;
      n: number;
      shop: number;
      sale: number;
    };
    const tally = db
      .prepare(
        "SELECT kind, category, bucket, province_code AS province, size_class AS size, n, n_shop AS shop, n_sale AS sale FROM dashboard_tally",
      )
      .all() as TallyRow[];
    const expected = new Map<string, [number, number, number]>();
    for (const t of tally) {
      if (t.kind === "active_day") continue; // not rolled up (migration 0014)
      const kinds: [string, string][] = [[t.kind, t.bucket]];
      if (t.kind === "online_day") kinds.push(["online_year", t.bucket.slice(0, 4)]);
      for (const [kind, bucket] of kinds)
        for (const province of [t.province, "*"])
          for (const size of [t.size, "*"]) {
            const key = [kind, t.category, province, size, bucket].join("|");
            const sum = expected.get(key) ?? [0, 0, 0];
            expected.set(key, [sum[0] + t.n, sum[1] + t.shop, sum[2] + t.sale]);
          }
    }
    const read = () =>
      new Map(
        (
          db
            .prepare(
              "SELECT kind || '|' || category || '|' || province_code || '|' || size_class || '|' || bucket AS key, n, n_shop, n_sale FROM dashboard_rollup",
            )
            .all() as { key: string; n: number; n_shop: number; n_sale: number }[]
        ).map((r) => [r.key, [r.n, r.n_shop, r.n_sale]]),
      );
    expect(expected.size).toBeGreaterThan(1000);
    expect(read()).toEqual(expected);
    // and the migration's backfill, run over the same tally, gives the same rows
    const migration = fs.readFileSync(path.resolve("db/migrations/0014_dashboard_rollup.sql"), "utf8");
    const backfill = migration.slice(
      migration.indexOf("INSERT INTO dashboard_rollup"),
      migration.indexOf(";", migration.indexOf("GROUP BY kind")) + 1,
    );
    db.transaction(() => {
      db.exec("DELETE FROM dashboard_rollup");
      db.exec(backfill);
      expect(read()).toEqual(expected);
    })();
  });

  it("counts each enterprise on its day of activity, in its regency and size class, for each category", () => {
    const expected = new Map<string, number>();
    for (const r of allRows(db)) {
      const day = wib(r.lastOwnerActivityAt ?? r.createdAt);
      for (const category of ["*", ...r.categories]) {
        const key = [day, r.province ?? "", r.regency ?? "", r.size ?? "", category].join("|");
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const tally = new Map(
      (
        db
          .prepare(
            `SELECT bucket || '|' || province_code || '|' || regency_code || '|' || size_class || '|' || category AS key, n
             FROM dashboard_tally WHERE kind = 'active_day' AND n <> 0`,
          )
          .all() as { key: string; n: number }[]
      ).map((r) => [r.key, r.n]),
    );
    expect(expected.size).toBeGreaterThan(50);
    expect(tally).toEqual(expected);
  });

  it("leaves no stale rows behind: every tally row left over after deletes counts zero or more", () => {
    const negative = db.prepare("SELECT count(*) FROM dashboard_tally WHERE n < 0 OR n_shop < 0 OR n_sale < 0");
    expect(negative.pluck().get()).toBe(0);
  });
});

describe("funnel, targets and the median", () => {
  it("counts how many reached at least each step", () => {
    const stages = { usaha: 5, merek: 4, produk: 3, online: 2, selesai: 1, go_online: 6 };
    expect(funnel(stages).map((s) => s.reached)).toEqual([21, 16, 12, 9, 7, 6]);
  });

  it("rounds the share of the target and has none without a target", () => {
    expect(percentOfTarget(7, 9)).toBe(78);
    expect(percentOfTarget(7, null)).toBeNull();
    expect(percentOfTarget(7, 0)).toBeNull();
  });

  it("takes the median of the days to Go Online from the tally's buckets", async () => {
    const db = await createJourneyTestDb({ regions: true });
    const add = (createdAt: number, goOnlineAt: number | null) => {
      const { enterprise } = insertTestEnterprise(db);
      db.prepare("UPDATE enterprise SET created_at = ?, go_online_at = ?, province_code = '65' WHERE id = ?").run(
        createdAt,
        goOnlineAt,
        enterprise.id,
      );
    };
    const f = { province: null, category: null, size: null };
    expect(medianDaysToGoOnline(db, f)).toBeNull();
    add(NOW - 100 * DAY, NOW - 90 * DAY); // 10 days
    add(NOW - 100 * DAY, NOW - 70 * DAY); // 30 days
    add(NOW - 100 * DAY, NOW - 100 * DAY + DAY - 1); // 0 days (not a whole day)
    add(NOW - 100 * DAY, null); // not online: not counted
    expect(medianDaysToGoOnline(db, f)).toBe(10);
    add(NOW - 200 * DAY, NOW - 100 * DAY); // 100 days: the median is now between 10 and 30
    expect(medianDaysToGoOnline(db, f)).toBe(20);
    expect(medianDaysToGoOnline(db, { ...f, province: "96" })).toBeNull();
  });
});

describe("weeks in WIB", () => {
  it("counts a registration at 01:00 WIB on Monday in the week it starts, not the week before", async () => {
    const db = await createJourneyTestDb();
    const mondayOneAmWib = Date.UTC(2026, 5, 7, 18, 0, 0) / 1000; // Sunday 18:00 UTC = Monday 8 June 01:00 WIB
    const sundayLateWib = Date.UTC(2026, 5, 7, 16, 30, 0) / 1000; // Sunday 7 June 23:30 WIB
    for (const at of [mondayOneAmWib, sundayLateWib, sundayLateWib]) {
      const { enterprise } = insertTestEnterprise(db);
      db.prepare("UPDATE enterprise SET created_at = ? WHERE id = ?").run(at, enterprise.id);
    }
    const flow = weeklyFlow(db, { province: null, category: null, size: null }, TODAY, 13);
    const byStart = new Map(flow.weeks.map((w) => [w.start, w.registered]));
    expect(flow.weeks.at(-1)!.start).toBe("2026-06-15");
    expect(byStart.get("2026-06-08")).toBe(1);
    expect(byStart.get("2026-06-01")).toBe(2);
    expect(flow.registered).toBe(3);
  });
});

describe("mentor workload", () => {
  it("lists active mentors busiest first with this month's sessions, hours and stalled cases", async () => {
    const db = await createJourneyTestDb();
    const busy = insertTestUser(db, { role: "mentor", fullName: "Budi Sibuk" });
    const quiet = insertTestUser(db, { role: "mentor", fullName: "Ani Tenang" });
    insertTestUser(db, { role: "mentor", fullName: "Cici Nonaktif", isActive: false });
    const enterprises: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { enterprise } = insertTestEnterprise(db);
      enterprises.push(enterprise.id);
      db.prepare("UPDATE enterprise SET mentor_user_id = ?, created_at = ?, last_activity_at = ? WHERE id = ?").run(
        i < 2 ? busy : quiet,
        NOW - 40 * DAY,
        i === 0 ? NOW - 20 * DAY : NOW - DAY,
        enterprise.id,
      );
    }
    db.prepare("UPDATE enterprise SET tasks_waiting = 2 WHERE id = ?").run(enterprises[1]);
    const session = db.prepare(
      `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, created_at, updated_at)
       VALUES (?, ?, ?, 'kunjungan', ?, 0, 0)`,
    );
    session.run(enterprises[0], busy, "2026-06-01", 90);
    session.run(enterprises[1], busy, "2026-06-30", 30);
    session.run(enterprises[1], busy, "2026-05-31", 60); // last month: not counted
    const result = mentorWorkload(db, 1, { now: NOW, today: TODAY, stalledDays: 14 });
    expect(result.total).toBe(2);
    expect(result.rows).toEqual([
      {
        id: busy,
        fullName: "Budi Sibuk",
        activeCases: 2,
        allCases: 2,
        tasksWaiting: 2,
        sessionsThisMonth: 2,
        minutesThisMonth: 120,
        stalled: 1,
      },
      {
        id: quiet,
        fullName: "Ani Tenang",
        activeCases: 1,
        allCases: 1,
        tasksWaiting: 0,
        sessionsThisMonth: 0,
        minutesThisMonth: 0,
        stalled: 0,
      },
    ]);
  });
});
