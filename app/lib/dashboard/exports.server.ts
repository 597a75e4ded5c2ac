import type { Db } from "../db.server";
import type { EnterpriseExportFilters } from "~/utils/dashboard/filters";
import type { Stage } from "~/utils/mentoring/stage";

/**
 * The administrators' exports: every row the filters select, read in keyset batches (after the
 * last id seen), so a download of a million rows never holds more than one batch and each batch
 * starts where an index says, not after skipping the rows before it.
 */

export type EnterpriseExportRow = {
  id: number;
  name: string | null;
  provinceName: string | null;
  regencyName: string | null;
  sizeClass: string | null;
  categories: string | null;
  stage: Stage;
  progressPercent: number;
  createdAt: number;
  goOnlineAt: number | null;
  hasMarketplaceShop: number;
  hasOnlineSale: number;
  mentorName: string | null;
};

function enterpriseWhere(filters: EnterpriseExportFilters) {
  const where = ["e.id > @after"];
  const params: Record<string, string | number> = {};
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
  if (filters.stage) {
    where.push("e.stage = @stage");
    params.stage = filters.stage;
  }
  return { where: where.join(" AND "), params };
}

/** The enterprise export's query (for the benchmark's plan too). No owner's name, phone, address or NIB. */
export function enterpriseExportQuery(filters: EnterpriseExportFilters) {
  const { where, params } = enterpriseWhere(filters);
  return {
    sql: `SELECT e.id, e.name, p.name AS provinceName, r.name AS regencyName, e.size_class AS sizeClass,
            (SELECT group_concat(c.category, ';') FROM enterprise_category c WHERE c.enterprise_id = e.id) AS categories,
            e.stage, e.progress_percent AS progressPercent, e.created_at AS createdAt, e.go_online_at AS goOnlineAt,
            e.has_marketplace_shop AS hasMarketplaceShop, e.has_online_sale AS hasOnlineSale, m.full_name AS mentorName
          FROM enterprise e
          LEFT JOIN region p ON p.code = e.province_code
          LEFT JOIN region r ON r.code = e.regency_code
          LEFT JOIN user m ON m.id = e.mentor_user_id
          WHERE ${where} ORDER BY e.id LIMIT @limit`,
    params,
  };
}

/** A batch reader for csvResponse that continues after the last id it returned. */
export function enterpriseExportBatches(db: Db, filters: EnterpriseExportFilters) {
  const query = enterpriseExportQuery(filters);
  const statement = db.prepare(query.sql);
  let after = 0;
  return (_offset: number, limit: number) => {
    const rows = statement.all({ ...query.params, after, limit }) as EnterpriseExportRow[];
    if (rows.length > 0) after = rows[rows.length - 1]!.id;
    return rows;
  };
}

/** How many enterprises the export holds, from the dashboard tally (the same dimensions). */
export function countEnterprisesForExport(db: Db, filters: EnterpriseExportFilters): number {
  const where = ["kind = 'stage'", "category = @category"];
  const params: Record<string, string> = { category: filters.category ?? "*" };
  if (filters.regency) {
    where.push("regency_code = @regency");
    params.regency = filters.regency;
  }
  if (filters.province) {
    where.push("province_code = @province");
    params.province = filters.province;
  }
  if (filters.size) {
    where.push("size_class = @size");
    params.size = filters.size;
  }
  if (filters.stage) {
    where.push("bucket = @stage");
    params.stage = filters.stage;
  }
  return db
    .prepare(`SELECT coalesce(sum(n), 0) FROM dashboard_tally WHERE ${where.join(" AND ")}`)
    .pluck()
    .get(params) as number;
}

export type SessionExportFilters = { from: string; to: string; province: string | null };

export type SessionExportRow = {
  id: number;
  heldOn: string;
  enterpriseId: number;
  enterpriseName: string | null;
  provinceName: string | null;
  regencyName: string | null;
  mentorName: string | null;
  mode: string;
  durationMinutes: number;
  topics: string;
  sharedNotes: string | null;
  nextAction: string | null;
  followUpOn: string | null;
};

/**
 * Sessions held between two days (inclusive), optionally in one province, in (held_on, id)
 * order through index mentoring_session_held_on. Private notes and corrections are never read.
 */
export function sessionExportQuery(filters: SessionExportFilters) {
  const province = filters.province ? "AND e.province_code = @province" : "";
  return {
    sql: `SELECT s.id, s.held_on AS heldOn, s.enterprise_id AS enterpriseId, e.name AS enterpriseName,
            p.name AS provinceName, r.name AS regencyName, m.full_name AS mentorName, s.mode,
            s.duration_minutes AS durationMinutes, s.topics, s.shared_notes AS sharedNotes,
            s.next_action AS nextAction, s.follow_up_on AS followUpOn
          FROM mentoring_session s
          JOIN enterprise e ON e.id = s.enterprise_id ${province}
          LEFT JOIN region p ON p.code = e.province_code
          LEFT JOIN region r ON r.code = e.regency_code
          LEFT JOIN user m ON m.id = s.mentor_user_id
          WHERE s.held_on BETWEEN @from AND @to AND (s.held_on, s.id) > (@afterDay, @afterId)
          ORDER BY s.held_on, s.id LIMIT @limit`,
    count: `SELECT count(*) FROM mentoring_session s JOIN enterprise e ON e.id = s.enterprise_id ${province}
            WHERE s.held_on BETWEEN @from AND @to`,
    params: { from: filters.from, to: filters.to, ...(filters.province ? { province: filters.province } : {}) },
  };
}

export function sessionExportBatches(db: Db, filters: SessionExportFilters) {
  const query = sessionExportQuery(filters);
  const statement = db.prepare(query.sql);
  let afterDay = "";
  let afterId = 0;
  return (_offset: number, limit: number) => {
    const rows = statement.all({ ...query.params, afterDay, afterId, limit }) as SessionExportRow[];
    const last = rows[rows.length - 1];
    if (last) {
      afterDay = last.heldOn;
      afterId = last.id;
    }
    return rows;
  };
}

export function countSessionsForExport(db: Db, filters: SessionExportFilters): number {
  const query = sessionExportQuery(filters);
  return db.prepare(query.count).pluck().get(query.params) as number;
}
