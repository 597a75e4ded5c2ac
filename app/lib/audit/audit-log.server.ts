import type { Db } from "../db.server";
import { AUDIT_PAGE_SIZE } from "~/utils/audit/actions";
import { startOfWibDay, type AuditFilters } from "~/utils/audit/filters";

export type AuditLogRow = {
  id: number;
  at: number;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  actorUserId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  /** Parsed details: written by the app, but holding what users typed, so shown only as text. */
  details: Record<string, unknown> | null;
};

export type AuditLogPage = {
  rows: AuditLogRow[];
  /** The id to ask for the next (older) page with, or null on the last page. */
  olderBefore: number | null;
  /** The actor filter named an email no account has. */
  unknownActor: boolean;
};

const DAY = 24 * 60 * 60;

/**
 * The query for one page of the audit log under the filters, newest first (by time, then id).
 * Every filter is an equality that leads one of audit_log's indexes, each ending in `at`, so the
 * page is read from the index in order and stops after one page: no sort, no scan of the table.
 * The cursor is the last id of the page before; its time is looked up so the order is by (at, id).
 * Null when nothing can match: no account has the actor's email, or the cursor names no entry.
 */
export function auditLogQuery(
  db: Db,
  filters: AuditFilters,
): { sql: string; params: Record<string, string | number> } | { none: "unknownActor" | "unknownCursor" } {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: AUDIT_PAGE_SIZE + 1 };
  if (filters.actor) {
    const actorId = db.prepare("SELECT id FROM user WHERE email = ?").pluck().get(filters.actor) as number | undefined;
    if (actorId === undefined) return { none: "unknownActor" };
    where.push("a.actor_user_id = @actor");
    params.actor = actorId;
  }
  if (filters.action) {
    where.push("a.action = @action");
    params.action = filters.action;
  }
  if (filters.subjectType) {
    where.push("a.subject_type = @subjectType");
    params.subjectType = filters.subjectType;
    if (filters.subjectId) {
      where.push("a.subject_id = @subjectId");
      params.subjectId = filters.subjectId;
    }
  }
  if (filters.ip) {
    where.push("a.ip = @ip");
    params.ip = filters.ip;
  }
  if (filters.from) {
    where.push("a.at >= @from");
    params.from = startOfWibDay(filters.from);
  }
  if (filters.to) {
    where.push("a.at < @to");
    params.to = startOfWibDay(filters.to) + DAY;
  }
  if (filters.before) {
    const beforeAt = db.prepare("SELECT at FROM audit_log WHERE id = ?").pluck().get(filters.before) as
      | number
      | undefined;
    if (beforeAt === undefined) return { none: "unknownCursor" };
    // A plain range on `at` lets the index start at the cursor; the OR only settles ties.
    where.push("a.at <= @beforeAt AND (a.at < @beforeAt OR a.id < @before)");
    params.beforeAt = beforeAt;
    params.before = filters.before;
  }
  const sql = `SELECT a.id, a.at, a.action, a.subject_type AS subjectType, a.subject_id AS subjectId, a.ip,
       a.actor_user_id AS actorUserId, u.full_name AS actorName, u.email AS actorEmail, a.details
     FROM audit_log a LEFT JOIN user u ON u.id = a.actor_user_id
     ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY a.at DESC, a.id DESC
     LIMIT @limit`;
  return { sql, params };
}

/** One page of the audit log under the filters (see auditLogQuery), with the cursor for the next. */
export function listAuditLog(db: Db, filters: AuditFilters): AuditLogPage {
  const query = auditLogQuery(db, filters);
  if ("none" in query) return { rows: [], olderBefore: null, unknownActor: query.none === "unknownActor" };
  const rows = db.prepare(query.sql).all(query.params) as (Omit<AuditLogRow, "details"> & {
    details: string | null;
  })[];
  const page = rows.slice(0, AUDIT_PAGE_SIZE).map((row) => ({ ...row, details: parseDetails(row.details) }));
  return {
    rows: page,
    olderBefore: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id : null,
    unknownActor: false,
  };
}

function parseDetails(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    // The column has a json_valid CHECK; a row that still fails to parse is shown as its text.
    return { value: text };
  }
}
