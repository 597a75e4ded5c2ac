import type { Db } from "../db.server";
import {
  CASELOAD_PAGE_SIZE,
  searchDigits,
  type CaseloadFilters,
  type CaseloadSort,
} from "~/utils/mentoring/caseload-filters";
import type { Stage } from "~/utils/mentoring/stage";
import { stalledCutoff } from "~/utils/mentoring/stalled";

export type Clock = { now: number; today: string; stalledDays: number };

export type CaseloadRow = {
  id: number;
  name: string | null;
  ownerName: string;
  ownerPhone: string | null;
  whatsapp: string | null;
  regencyName: string | null;
  stage: Stage;
  progressPercent: number;
  tasksWaiting: number;
  lastActivityAt: number;
  nextFollowUpOn: string | null;
  goOnlineAt: number | null;
  sizeClass: string | null;
  nib: string | null;
  stalled: 0 | 1;
};

const ORDER: Record<CaseloadSort, string> = {
  name: "e.name IS NULL, e.name COLLATE NOCASE, e.id",
  // the longest-quiet first: who needs a call
  quiet: "coalesce(e.last_activity_at, e.created_at), e.id",
  progress: "e.progress_percent DESC, e.id",
  waiting: "e.tasks_waiting DESC, coalesce(e.last_activity_at, e.created_at), e.id",
  follow_up: "e.next_follow_up_on IS NULL, e.next_follow_up_on, e.id",
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause and parameters for a mentor's caseload under these filters. Every query is
 * bounded by the mentor first (an index on mentor_user_id leads each of enterprise's caseload
 * indexes), so the cost follows the size of one caseload, not of the database.
 */
function caseloadWhere(mentorId: number, filters: CaseloadFilters, clock: Clock) {
  const where = ["e.mentor_user_id = @mentorId"];
  const params: Record<string, string | number> = {
    mentorId,
    cutoff: stalledCutoff(clock.now, clock.stalledDays),
    today: clock.today,
  };
  if (filters.stage) {
    where.push("e.stage = @stage");
    params.stage = filters.stage;
  }
  if (filters.regency) {
    where.push("e.regency_code = @regency");
    params.regency = filters.regency;
  } else if (filters.province) {
    where.push("e.province_code = @province");
    params.province = filters.province;
  }
  if (filters.category) {
    where.push("EXISTS (SELECT 1 FROM enterprise_category c WHERE c.enterprise_id = e.id AND c.category = @category)");
    params.category = filters.category;
  }
  if (filters.size) {
    where.push("e.size_class = @size");
    params.size = filters.size;
  }
  if (filters.view === "waiting") where.push("e.tasks_waiting > 0");
  if (filters.view === "graduated") where.push("e.go_online_at IS NOT NULL");
  if (filters.view === "stalled") where.push(STALLED_SQL);
  if (filters.q) {
    // the three names are in search_text, the owner's phone in owner_phone (migration 0015):
    // like the WhatsApp number and the NIB, all held in the caseload index
    const text = ["e.search_text LIKE @q ESCAPE '\\'"];
    params.q = `%${escapeLike(filters.q)}%`;
    const digits = searchDigits(filters.q);
    if (digits.phone) {
      text.push("e.owner_phone LIKE @phone", "e.whatsapp LIKE @phone");
      params.phone = `%${digits.phone}%`;
    }
    if (digits.nib) {
      text.push("e.nib LIKE @nib");
      params.nib = `${digits.nib}%`;
    }
    where.push(`(${text.join(" OR ")})`);
  }
  return { where: where.join(" AND "), params };
}

/** The stalled rule of utils/mentoring/stalled.ts (isStalled), in SQL. */
const STALLED_SQL =
  "(e.go_online_at IS NULL AND (coalesce(e.last_activity_at, e.created_at) < @cutoff OR (e.next_follow_up_on IS NOT NULL AND e.next_follow_up_on < @today)))";

// The caseload's filters, sorts, counts and searches read only enterprise_caseload (migrations
// 0013 and 0015), which holds every column they test.
const MATCH_FROM = "FROM enterprise e INDEXED BY enterprise_caseload";

const COLUMNS = `e.id, e.name, o.full_name AS ownerName, o.phone AS ownerPhone, e.whatsapp, r.name AS regencyName,
  e.stage, e.progress_percent AS progressPercent, e.tasks_waiting AS tasksWaiting,
  coalesce(e.last_activity_at, e.created_at) AS lastActivityAt, e.next_follow_up_on AS nextFollowUpOn,
  e.go_online_at AS goOnlineAt, e.size_class AS sizeClass, e.nib, ${STALLED_SQL} AS stalled`;

/** True when only the mentor bounds the caseload: no filter, no search, no view. */
const unfiltered = (filters: CaseloadFilters) =>
  !filters.stage &&
  !filters.regency &&
  !filters.province &&
  !filters.category &&
  !filters.size &&
  !filters.q &&
  filters.view === "all";

/**
 * The caseload's count, and its rows for @limit and @offset. The rows are chosen first from an
 * index alone (filter, sort, skip), and only those few are then read in full with the owner and
 * the regency: reading every wide enterprise row of a caseload of thousands to sort it cost
 * 20–25 ms a page at a million enterprises. The unfiltered caseload in its default order (how a
 * mentor first sees it) walks enterprise_mentor_name (migration 0018), which holds that order,
 * up to the page's last row instead of sorting the whole caseload.
 */
export function caseloadQuery(mentorId: number, filters: CaseloadFilters, clock: Clock) {
  const { where, params } = caseloadWhere(mentorId, filters, clock);
  const order = ORDER[filters.sort];
  const from =
    filters.sort === "name" && unfiltered(filters) ? "FROM enterprise e INDEXED BY enterprise_mentor_name" : MATCH_FROM;
  const rows = (counted: boolean) => `SELECT ${counted ? "page.total, " : ""}${COLUMNS}
      FROM (SELECT e.id${counted ? ", count(*) OVER () AS total" : ""} ${from} WHERE ${where}
            ORDER BY ${order} LIMIT @limit OFFSET @offset) page
      CROSS JOIN enterprise e ON e.id = page.id
      JOIN user o ON o.id = e.owner_user_id
      LEFT JOIN region r ON r.code = e.regency_code
      ORDER BY ${order}`;
  return {
    count: `SELECT count(*) ${MATCH_FROM} WHERE ${where}`,
    rows: rows(false),
    /** The rows with the number matching in all in each (total): a search tests each case once, not twice. */
    countedRows: rows(true),
    params,
  };
}

/**
 * One page of a mentor's caseload under the filters, and how many match in all. `caseloadSize`
 * (from caseloadCounts) saves counting again when nothing filters the caseload.
 */
export function listCaseload(
  db: Db,
  mentorId: number,
  filters: CaseloadFilters,
  clock: Clock,
  caseloadSize?: number,
): { rows: CaseloadRow[]; total: number; pageCount: number } {
  const query = caseloadQuery(mentorId, filters, clock);
  const offset = (filters.page - 1) * CASELOAD_PAGE_SIZE;
  const params = { ...query.params, limit: CASELOAD_PAGE_SIZE, offset };
  let rows: CaseloadRow[];
  let total: number;
  if (filters.q) {
    // a search's LIKE is the costly test: count and choose the page in one pass
    const counted = db.prepare(query.countedRows).all(params) as (CaseloadRow & { total: number })[];
    total = counted[0]?.total ?? (db.prepare(query.count).pluck().get(query.params) as number);
    rows = counted.map(({ total: _, ...row }) => row);
  } else {
    total =
      caseloadSize !== undefined && unfiltered(filters)
        ? caseloadSize
        : (db.prepare(query.count).pluck().get(query.params) as number);
    rows = offset < total ? (db.prepare(query.rows).all(params) as CaseloadRow[]) : [];
  }
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE)) };
}

/** A reader of the whole filtered caseload in batches (for the CSV export). */
export function caseloadBatches(db: Db, mentorId: number, filters: CaseloadFilters, clock: Clock) {
  const query = caseloadQuery(mentorId, filters, clock);
  const statement = db.prepare(query.rows);
  return (offset: number, limit: number) => statement.all({ ...query.params, limit, offset }) as CaseloadRow[];
}

export type CaseloadCounts = {
  total: number;
  waitingTasks: number;
  waitingEnterprises: number;
  stalled: number;
  graduated: number;
};

/**
 * The numbers on the mentor's home, from mentor_load (kept by triggers in the writing
 * transaction) and narrow indexes: one pass over the wide caseload index evaluating every rule
 * per case cost about 2.5 ms for a caseload of 3,400. mentor_load counts a case as active while
 * its stage is not go_online, which is exactly while go_online_at is empty: the stage is
 * "go_online" once the mentor confirmed it (enterpriseStage), and only then.
 */
export function caseloadCounts(db: Db, mentorId: number, clock: Clock): CaseloadCounts {
  const row = db
    .prepare(
      `SELECT coalesce(l.all_cases, 0) AS total, coalesce(l.active_cases, 0) AS open,
              coalesce(l.tasks_waiting, 0) AS waitingTasks,
              (SELECT count(*) FROM enterprise INDEXED BY enterprise_mentor_waiting
                WHERE mentor_user_id = @mentorId AND tasks_waiting > 0) AS waitingEnterprises
       FROM (SELECT @mentorId AS id) m LEFT JOIN mentor_load l ON l.mentor_user_id = m.id`,
    )
    .get({ mentorId }) as { total: number; open: number; waitingTasks: number; waitingEnterprises: number };
  return {
    total: row.total,
    waitingTasks: row.waitingTasks,
    waitingEnterprises: row.waitingEnterprises,
    stalled: stalledCount(db, mentorId, clock),
    graduated: row.total - row.open,
  };
}

/**
 * The number of stalled enterprises in a caseload (the same rule as STALLED_SQL): the open cases
 * (mentor_load.active_cases) less those active since the cutoff, plus those of the active ones
 * whose follow-up date has passed. Only the recently active cases are read (one range of the
 * enterprise_mentor_open_quiet index, migration 0018), not the quiet ones, who are most of a
 * neglected caseload.
 */
export function stalledCount(db: Db, mentorId: number, clock: Clock): number {
  return db
    .prepare(
      `SELECT coalesce((SELECT active_cases FROM mentor_load WHERE mentor_user_id = @mentorId), 0)
              - count(*) + coalesce(sum(e.next_follow_up_on IS NOT NULL AND e.next_follow_up_on < @today), 0)
       FROM enterprise e INDEXED BY enterprise_mentor_open_quiet
       WHERE e.mentor_user_id = @mentorId AND e.go_online_at IS NULL
         AND coalesce(e.last_activity_at, e.created_at) >= @cutoff`,
    )
    .pluck()
    .get({ mentorId, cutoff: stalledCutoff(clock.now, clock.stalledDays), today: clock.today }) as number;
}

/**
 * Provinces and regencies that occur in the caseload, for the filter's choices: the distinct
 * regencies from the (mentor, regency) index first, then their names.
 */
export function caseloadRegions(db: Db, mentorId: number) {
  return db
    .prepare(
      `SELECT r.code, r.name, p.code AS provinceCode, p.name AS provinceName
       FROM (SELECT DISTINCT regency_code AS code FROM enterprise INDEXED BY enterprise_mentor_regency
             WHERE mentor_user_id = ? AND regency_code IS NOT NULL) x
       JOIN region r ON r.code = x.code JOIN region p ON p.code = r.parent_code
       ORDER BY p.name, r.name`,
    )
    .all(mentorId) as { code: string; name: string; provinceCode: string; provinceName: string }[];
}
