import type { Db } from "../db.server";
import { stalledCount } from "../mentoring/caseload.server";
import {
  ACTIVE_DAYS,
  WORKLOAD_PAGE_SIZE,
  addDays,
  countByWeek,
  medianOfHistogram,
  periodWeeks,
  type DashboardFilters,
} from "~/utils/dashboard/filters";
import { STAGES, type Stage } from "~/utils/mentoring/stage";

/**
 * The national dashboard's figures. Every count comes from dashboard_tally (kept by triggers in
 * the writing transaction, migration 0006), never from enterprise rows, so each query reads at
 * most a few tens of thousands of tally rows through an index whatever the number of
 * enterprises. See docs/decisions/0014-national-dashboard.md.
 */

export type DashboardClock = { now: number; today: string; stalledDays: number };

type TallyFilters = Pick<DashboardFilters, "province" | "category" | "size"> & { regency?: string | null };

/** The WHERE clause over dashboard_tally for one kind under the filters. */
function tallyWhere(kind: string, filters: TallyFilters) {
  const where = ["t.kind = @kind", "t.category = @category"];
  const params: Record<string, string> = { kind, category: filters.category ?? "*" };
  if (filters.province) {
    where.push("t.province_code = @province");
    params.province = filters.province;
  }
  if (filters.regency) {
    where.push("t.regency_code = @regency");
    params.regency = filters.regency;
  }
  if (filters.size) {
    where.push("t.size_class = @size");
    params.size = filters.size;
  }
  return { where: where.join(" AND "), params };
}

/**
 * Where one kind's counts are read under the filters. Without a regency, dashboard_rollup
 * (migration 0014) already holds them summed over regencies, with '*' rows for every province
 * and every size class: one row per bucket instead of one per region and size class. The tally
 * itself is read for a regency and for days of activity.
 */
function figures(kind: string, filters: TallyFilters) {
  // activity days are not rolled up (see migration 0014)
  if (filters.regency || kind === "active_day") return { from: "dashboard_tally t", ...tallyWhere(kind, filters) };
  return {
    from: "dashboard_rollup t",
    where: "t.kind = @kind AND t.category = @category AND t.province_code = @province AND t.size_class = @size",
    params: {
      kind,
      category: filters.category ?? "*",
      province: filters.province ?? "*",
      size: filters.size ?? "*",
    } as Record<string, string>,
  };
}

export type StageCounts = Record<Stage, number>;

export type DashboardTotals = {
  registered: number;
  active: number;
  stages: StageCounts;
  goOnline: number;
  withShop: number;
  withSale: number;
};

/** The stocks as of today: how many are registered, at each step, active in the last 30 days. */
export function dashboardTotals(db: Db, filters: TallyFilters, today: string): DashboardTotals {
  const stage = figures("stage", filters);
  const rows = db
    .prepare(
      `SELECT t.bucket AS stage, sum(t.n) AS n, sum(t.n_shop) AS shop, sum(t.n_sale) AS sale
       FROM ${stage.from} WHERE ${stage.where} GROUP BY t.bucket`,
    )
    .all(stage.params) as { stage: Stage; n: number; shop: number; sale: number }[];
  const stages = Object.fromEntries(STAGES.map((s) => [s, 0])) as StageCounts;
  let withShop = 0;
  let withSale = 0;
  for (const row of rows) {
    stages[row.stage] = row.n;
    withShop += row.shop;
    withSale += row.sale;
  }
  const active = figures("active_day", filters);
  const activeCount = db
    .prepare(`SELECT coalesce(sum(t.n), 0) FROM ${active.from} WHERE ${active.where} AND t.bucket >= @since`)
    .pluck()
    .get({ ...active.params, since: activeSince(today) }) as number;
  return {
    registered: STAGES.reduce((sum, s) => sum + stages[s], 0),
    active: activeCount,
    stages,
    goOnline: stages.go_online,
    withShop,
    withSale,
  };
}

/** The first day of the "active in the last 30 days" window (today is the 30th). */
export function activeSince(today: string): string {
  return addDays(today, -(ACTIVE_DAYS - 1));
}

/** How many reached at least each step: the funnel, from the stage counts. */
export function funnel(stages: StageCounts): { stage: Stage; reached: number }[] {
  return STAGES.map((stage, i) => ({
    stage,
    reached: STAGES.slice(i).reduce((sum, s) => sum + stages[s], 0),
  }));
}

export type WeeklyFlow = {
  weeks: { start: string; registered: number; goOnline: number }[];
  registered: number;
  goOnline: number;
};

/** Registrations and Go Online per week over the period (Monday to Sunday in WIB). */
export function weeklyFlow(db: Db, filters: TallyFilters, today: string, weekCount: number): WeeklyFlow {
  const weeks = periodWeeks(today, weekCount);
  const perDay = (kind: string) => {
    const { from, where, params } = figures(kind, { ...filters, regency: null });
    return db
      .prepare(
        `SELECT t.bucket AS day, sum(t.n) AS n FROM ${from}
         WHERE ${where} AND t.bucket >= @from AND t.bucket < @to GROUP BY t.bucket`,
      )
      .all({ ...params, from: weeks[0]!, to: addDays(weeks[weeks.length - 1]!, 7) }) as { day: string; n: number }[];
  };
  const registered = countByWeek(weeks, perDay("registered_day"));
  const goOnline = countByWeek(weeks, perDay("online_day"));
  return {
    weeks: weeks.map((start, i) => ({ start, registered: registered[i]!, goOnline: goOnline[i]! })),
    registered: registered.reduce((a, b) => a + b, 0),
    goOnline: goOnline.reduce((a, b) => a + b, 0),
  };
}

/** Median whole days from registration to Go Online over every enterprise that went online. */
export function medianDaysToGoOnline(db: Db, filters: TallyFilters): number | null {
  const { from, where, params } = figures("online_days", { ...filters, regency: null });
  const rows = db
    .prepare(`SELECT t.bucket AS days, sum(t.n) AS n FROM ${from} WHERE ${where} GROUP BY t.bucket`)
    .all(params) as { days: string; n: number }[];
  return medianOfHistogram(rows.map((r) => ({ value: Number(r.days), n: r.n })));
}

export type AreaRow = {
  /** province or regency code; '' for enterprises that have not given one yet */
  code: string;
  name: string | null;
  registered: number;
  goOnline: number;
  withShop: number;
  withSale: number;
  /** provinces only: Go Online this calendar year, and the year's target (null when none is set) */
  goOnlineThisYear: number | null;
  target: number | null;
};

export type AreaTable = { level: "province" | "regency"; year: number; rows: AreaRow[]; total: AreaRow };

/**
 * The table by province (or, for one province, by regency): every region is listed even when
 * empty, and a row for those not given yet when there are any. Targets are read from
 * programme_target directly.
 */
export function areaTable(db: Db, filters: TallyFilters, today: string): AreaTable {
  const year = Number(today.slice(0, 4));
  const byRegency = Boolean(filters.province);
  type Counts = { code: string; registered: number; goOnline: number; withShop: number; withSale: number };
  const columns = `sum(t.n) AS registered, sum(CASE WHEN t.bucket = 'go_online' THEN t.n ELSE 0 END) AS goOnline,
              sum(t.n_shop) AS withShop, sum(t.n_sale) AS withSale`;
  const counts = byRegency
    ? (db
        .prepare(
          `SELECT t.regency_code AS code, ${columns}
           FROM dashboard_tally t WHERE ${tallyWhere("stage", { ...filters, regency: null }).where}
           GROUP BY t.regency_code`,
        )
        .all(tallyWhere("stage", { ...filters, regency: null }).params) as Counts[])
    : (db
        .prepare(
          // each province's rows of the rollup (every size class, or the chosen one)
          `SELECT t.province_code AS code, ${columns}
           FROM dashboard_rollup t
           WHERE t.kind = 'stage' AND t.category = @category AND t.province_code <> '*' AND t.size_class = @size
           GROUP BY t.province_code`,
        )
        .all({ category: filters.category ?? "*", size: filters.size ?? "*" }) as Counts[]);
  const byCode = new Map(counts.map((c) => [c.code, c]));
  const regions = (
    byRegency
      ? db.prepare("SELECT code, name FROM region WHERE parent_code = ? ORDER BY code").all(filters.province)
      : db.prepare("SELECT code, name FROM region WHERE level = 'province' ORDER BY code").all()
  ) as { code: string; name: string }[];
  let thisYear = new Map<string, number>();
  let targets = new Map<string, number>();
  if (!byRegency) {
    thisYear = new Map(
      (
        db
          .prepare(
            `SELECT t.province_code AS code, t.n FROM dashboard_rollup t
             WHERE t.kind = 'online_year' AND t.category = @category AND t.province_code <> '*'
               AND t.size_class = @size AND t.bucket = @year`,
          )
          .all({ category: filters.category ?? "*", size: filters.size ?? "*", year: String(year) }) as {
          code: string;
          n: number;
        }[]
      ).map((r) => [r.code, r.n]),
    );
    targets = programmeTargets(db, year);
  }
  const row = (code: string, name: string | null): AreaRow => {
    const c = byCode.get(code);
    return {
      code,
      name,
      registered: c?.registered ?? 0,
      goOnline: c?.goOnline ?? 0,
      withShop: c?.withShop ?? 0,
      withSale: c?.withSale ?? 0,
      goOnlineThisYear: byRegency ? null : (thisYear.get(code) ?? 0),
      target: byRegency ? null : (targets.get(code) ?? null),
    };
  };
  const rows = regions.map((r) => row(r.code, r.name));
  if ((byCode.get("")?.registered ?? 0) > 0) rows.push(row("", null));
  const sum = (key: "registered" | "goOnline" | "withShop" | "withSale") =>
    counts.reduce((total, c) => total + c[key], 0);
  const total: AreaRow = {
    code: byRegency ? filters.province! : "",
    name: null,
    registered: sum("registered"),
    goOnline: sum("goOnline"),
    withShop: sum("withShop"),
    withSale: sum("withSale"),
    goOnlineThisYear: byRegency ? null : [...thisYear.values()].reduce((a, b) => a + b, 0),
    target: byRegency ? null : (targets.get("") ?? null),
  };
  return { level: byRegency ? "regency" : "province", year, rows, total };
}

/** The year's targets by province code ('' = national), read from programme_target. */
export function programmeTargets(db: Db, year: number): Map<string, number> {
  const rows = db.prepare("SELECT province_code AS code, target FROM programme_target WHERE year = ?").all(year) as {
    code: string;
    target: number;
  }[];
  return new Map(rows.map((r) => [r.code, r.target]));
}

/**
 * Active staff accounts by role. Owners are left out: counting them reads every owner's row
 * (400 ms at a million), and the dashboard already shows the registered enterprises.
 */
export function countActiveStaff(db: Db): { mentor: number; admin: number } {
  const rows = db
    .prepare("SELECT role, count(*) AS n FROM user WHERE role IN ('mentor', 'admin') AND is_active = 1 GROUP BY role")
    .all() as { role: "mentor" | "admin"; n: number }[];
  const counts = { mentor: 0, admin: 0 };
  for (const row of rows) counts[row.role] = row.n;
  return counts;
}

export type MentorWorkloadRow = {
  id: number;
  fullName: string;
  activeCases: number;
  allCases: number;
  tasksWaiting: number;
  sessionsThisMonth: number;
  minutesThisMonth: number;
  stalled: number;
};

/**
 * Active mentors, the busiest first (mentor_load, kept by triggers), a page at a time, with this
 * calendar month's sessions and minutes (index mentoring_session_mentor) and their stalled cases
 * by the caseload's own rule.
 */
export function mentorWorkload(
  db: Db,
  page: number,
  clock: DashboardClock,
): { rows: MentorWorkloadRow[]; total: number; pageCount: number } {
  const total = db
    .prepare(
      "SELECT count(*) FROM mentor_load l JOIN user u ON u.id = l.mentor_user_id WHERE u.role = 'mentor' AND u.is_active = 1",
    )
    .pluck()
    .get() as number;
  const month = clock.today.slice(0, 7);
  const rows = db
    .prepare(
      // The page is chosen first (the mentor_load_active index, walked backwards) and only its 20
      // rows get the session subqueries: sorting the whole list with them would run them for all.
      `SELECT p.id, u.full_name AS fullName, p.activeCases, p.allCases, p.tasksWaiting,
              (SELECT count(*) FROM mentoring_session s
                WHERE s.mentor_user_id = p.id AND s.held_on BETWEEN @from AND @to) AS sessionsThisMonth,
              (SELECT coalesce(sum(s.duration_minutes), 0) FROM mentoring_session s
                WHERE s.mentor_user_id = p.id AND s.held_on BETWEEN @from AND @to) AS minutesThisMonth
       FROM (SELECT l.mentor_user_id AS id, l.active_cases AS activeCases, l.all_cases AS allCases,
                    l.tasks_waiting AS tasksWaiting
             FROM mentor_load l CROSS JOIN user m ON m.id = l.mentor_user_id
             WHERE m.role = 'mentor' AND m.is_active = 1
             ORDER BY l.active_cases DESC, l.mentor_user_id DESC
             LIMIT @limit OFFSET @offset) p
       JOIN user u ON u.id = p.id
       ORDER BY p.activeCases DESC, p.id DESC`,
    )
    .all({
      from: `${month}-01`,
      to: `${month}-31`,
      limit: WORKLOAD_PAGE_SIZE,
      offset: (page - 1) * WORKLOAD_PAGE_SIZE,
    }) as Omit<MentorWorkloadRow, "stalled">[];
  return {
    rows: rows.map((r) => ({ ...r, stalled: stalledCount(db, r.id, clock) })),
    total,
    pageCount: Math.max(1, Math.ceil(total / WORKLOAD_PAGE_SIZE)),
  };
}
