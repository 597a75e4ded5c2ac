// Who mentors which enterprise: the administrators' list and its filter, assigning one
// enterprise, every enterprise matching a filter, or a mentor's whole caseload, and the
// automatic assignment of a new enterprise to the least busy mentor covering its region.
// mentor_load follows every change through its triggers (migration 0006).
import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import {
  ASSIGNMENT_PAGE_SIZE,
  filterOnly,
  type AssignmentFilter,
  type AssignmentListFilters,
} from "~/utils/assignment/filters";
import { isMessageKey } from "~/utils/i18n";
import type { Stage } from "~/utils/mentoring/stage";
import { mentorChoiceSchema, type MentorChoiceError, type MentorChoiceField } from "~/utils/validation/assignment";

export type Actor = { userId: number | null; ip: string | null };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The WHERE clause of a filter over `enterprise e`, using enterprise's own columns only, so the
 * same clause serves the list, the count and the bulk UPDATE. The name prefix uses LIKE against
 * the NOCASE index on the name (a prefix, never '%…%': that would scan every enterprise).
 */
export function assignmentWhere(filter: AssignmentFilter) {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.mentor === "none") where.push("e.mentor_user_id IS NULL");
  else if (filter.mentor !== "any") {
    where.push("e.mentor_user_id = @currentMentor");
    params.currentMentor = filter.mentor;
  }
  if (filter.regency) {
    where.push("e.regency_code = @regency");
    params.regency = filter.regency;
  } else if (filter.province) {
    where.push("e.province_code = @province");
    params.province = filter.province;
  }
  if (filter.stage) {
    where.push("e.stage = @stage");
    params.stage = filter.stage;
  }
  if (filter.q) {
    where.push("e.name LIKE @q ESCAPE '\\'");
    params.q = `${escapeLike(filter.q)}%`;
  }
  return { where: where.length ? where.join(" AND ") : "1", params };
}

export type AssignableRow = {
  id: number;
  name: string | null;
  ownerName: string;
  regencyCode: string | null;
  regencyName: string | null;
  provinceCode: string | null;
  stage: Stage;
  createdAt: number;
  mentorId: number | null;
  mentorName: string | null;
};

/** One page of enterprises matching the filter, those waiting longest first, and the count. */
export function listAssignable(
  db: Db,
  filters: AssignmentListFilters,
): { rows: AssignableRow[]; total: number; pageCount: number } {
  const { where, params } = assignmentWhere(filters);
  const total = db.prepare(`SELECT count(*) FROM enterprise e WHERE ${where}`).pluck().get(params) as number;
  // The planner takes "mentor_user_id IS NULL" for an equality on the caseload indexes and would
  // sort every unassigned enterprise for one page; the queue's own index is already in order.
  const queueAcrossCountry = filters.mentor === "none" && !filters.regency && !filters.province;
  const source = queueAcrossCountry ? "enterprise e INDEXED BY enterprise_unassigned_created" : "enterprise e";
  const rows = db
    .prepare(
      `SELECT e.id, e.name, o.full_name AS ownerName, e.regency_code AS regencyCode, r.name AS regencyName,
              e.province_code AS provinceCode, e.stage, e.created_at AS createdAt,
              e.mentor_user_id AS mentorId, m.full_name AS mentorName
         FROM ${source}
         JOIN user o ON o.id = e.owner_user_id
         LEFT JOIN region r ON r.code = e.regency_code
         LEFT JOIN user m ON m.id = e.mentor_user_id
        WHERE ${where}
        ORDER BY e.created_at, e.id
        LIMIT @limit OFFSET @offset`,
    )
    .all({
      ...params,
      limit: ASSIGNMENT_PAGE_SIZE,
      offset: (filters.page - 1) * ASSIGNMENT_PAGE_SIZE,
    }) as AssignableRow[];
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / ASSIGNMENT_PAGE_SIZE)) };
}

/** How many enterprises match the filter and are not already with `exceptMentorId`. */
export function countMatching(db: Db, filter: AssignmentFilter, exceptMentorId: number): number {
  const { where, params } = assignmentWhere(filter);
  return db
    .prepare(`SELECT count(*) FROM enterprise e WHERE ${where} AND e.mentor_user_id IS NOT @exceptMentor`)
    .pluck()
    .get({ ...params, exceptMentor: exceptMentorId }) as number;
}

export type MentorChoice = {
  id: number;
  fullName: string;
  email: string;
  activeCases: number;
  /** 0: covers the area itself (the regency, or the whole province); 1: the wider or a narrower area */
  rank: 0 | 1;
};

const MENTOR_CHOICE_COLUMNS = `u.id, u.full_name AS fullName, u.email, coalesce(l.active_cases, 0) AS activeCases`;
const COVERING_LIMIT = 20;

/**
 * Active mentors covering an area, at most 20, the closest and least busy first: for a regency,
 * those covering the regency, then those covering its province; for a province, those covering
 * the whole province, then those covering one of its regencies.
 */
export function mentorsCovering(
  db: Db,
  area: { province: string | null; regency: string | null },
  limit = COVERING_LIMIT,
): MentorChoice[] {
  if (!area.regency && !area.province) return [];
  const sql = area.regency
    ? `SELECT ${MENTOR_CHOICE_COLUMNS}, min(c.region_code <> @regency) AS rank
         FROM mentor_coverage c JOIN user u ON u.id = c.mentor_user_id
         LEFT JOIN mentor_load l ON l.mentor_user_id = u.id
        WHERE c.region_code IN (@regency, @province) AND u.role = 'mentor' AND u.is_active = 1
        GROUP BY u.id ORDER BY rank, activeCases, u.id LIMIT @limit`
    : `SELECT ${MENTOR_CHOICE_COLUMNS}, min(c.region_code <> @province) AS rank
         FROM mentor_coverage c JOIN user u ON u.id = c.mentor_user_id
         LEFT JOIN mentor_load l ON l.mentor_user_id = u.id
        WHERE (c.region_code = @province OR (c.region_code > @province || '.' AND c.region_code < @province || '/'))
          AND u.role = 'mentor' AND u.is_active = 1
        GROUP BY u.id ORDER BY rank, activeCases, u.id LIMIT @limit`;
  return db.prepare(sql).all({
    regency: area.regency ?? "",
    province: area.province ?? area.regency?.slice(0, 2) ?? "",
    limit,
  }) as MentorChoice[];
}

/**
 * Active mentors (other than this one) covering any area this mentor covers, or the province
 * around it: the natural receivers of their caseload.
 */
export function mentorsCoveringAreasOf(db: Db, mentorId: number, limit = COVERING_LIMIT): MentorChoice[] {
  return db
    .prepare(
      `SELECT ${MENTOR_CHOICE_COLUMNS}, min(c2.region_code <> c1.region_code) AS rank
         FROM mentor_coverage c1
         JOIN mentor_coverage c2 ON c2.region_code IN (c1.region_code, substr(c1.region_code, 1, 2))
         JOIN user u ON u.id = c2.mentor_user_id
         LEFT JOIN mentor_load l ON l.mentor_user_id = u.id
        WHERE c1.mentor_user_id = @mentorId AND c2.mentor_user_id <> @mentorId
          AND u.role = 'mentor' AND u.is_active = 1
        GROUP BY u.id ORDER BY rank, activeCases, u.id LIMIT @limit`,
    )
    .all({ mentorId, limit }) as MentorChoice[];
}

export type MentorSummary = {
  id: number;
  fullName: string;
  email: string;
  isActive: boolean;
  activeCases: number;
  allCases: number;
};

/** A mentor account (active or not) with its load, or null when the id is not a mentor. */
export function getMentor(db: Db, id: number): MentorSummary | null {
  const row = db
    .prepare(
      `SELECT u.id, u.full_name AS fullName, u.email, u.is_active AS isActive,
              coalesce(l.active_cases, 0) AS activeCases, coalesce(l.all_cases, 0) AS allCases
         FROM user u LEFT JOIN mentor_load l ON l.mentor_user_id = u.id
        WHERE u.id = ? AND u.role = 'mentor'`,
    )
    .get(id) as (Omit<MentorSummary, "isActive"> & { isActive: number }) | undefined;
  return row ? { ...row, isActive: row.isActive === 1 } : null;
}

/** An active mentor by id or by e-mail address (case does not matter), or null. */
export function findActiveMentor(db: Db, by: { id: number } | { email: string }): MentorChoice | null {
  const row = db
    .prepare(
      `SELECT ${MENTOR_CHOICE_COLUMNS}, 0 AS rank FROM user u LEFT JOIN mentor_load l ON l.mentor_user_id = u.id
        WHERE ${"id" in by ? "u.id = @value" : "u.email = @value"} AND u.role = 'mentor' AND u.is_active = 1`,
    )
    .get({ value: "id" in by ? by.id : by.email.trim().toLowerCase() }) as MentorChoice | undefined;
  return row ?? null;
}

export type AssignableEnterprise = AssignableRow & { provinceName: string | null };

export function getAssignableEnterprise(db: Db, id: number): AssignableEnterprise | null {
  const row = db
    .prepare(
      `SELECT e.id, e.name, o.full_name AS ownerName, e.regency_code AS regencyCode, r.name AS regencyName,
              e.province_code AS provinceCode, p.name AS provinceName, e.stage, e.created_at AS createdAt,
              e.mentor_user_id AS mentorId, m.full_name AS mentorName
         FROM enterprise e
         JOIN user o ON o.id = e.owner_user_id
         LEFT JOIN region r ON r.code = e.regency_code
         LEFT JOIN region p ON p.code = e.province_code
         LEFT JOIN user m ON m.id = e.mentor_user_id
        WHERE e.id = ?`,
    )
    .get(id) as AssignableEnterprise | undefined;
  return row ?? null;
}

export type AssignResult =
  | { ok: true; previousMentorId: number | null; changed: boolean }
  | { ok: false; reason: "no_enterprise" | "inactive_mentor" };

function isActiveMentor(db: Db, mentorId: number): boolean {
  return !!db.prepare("SELECT 1 FROM user WHERE id = ? AND role = 'mentor' AND is_active = 1").get(mentorId);
}

/** Puts one enterprise in a mentor's caseload, recording the previous mentor in the audit log. */
export function assignEnterprise(db: Db, enterpriseId: number, mentorId: number, actor: Actor): AssignResult {
  return db.transaction((): AssignResult => {
    if (!isActiveMentor(db, mentorId)) return { ok: false, reason: "inactive_mentor" };
    const current = db.prepare("SELECT mentor_user_id FROM enterprise WHERE id = ?").get(enterpriseId) as
      | { mentor_user_id: number | null }
      | undefined;
    if (!current) return { ok: false, reason: "no_enterprise" };
    const previousMentorId = current.mentor_user_id;
    if (previousMentorId === mentorId) return { ok: true, previousMentorId, changed: false };
    db.prepare("UPDATE enterprise SET mentor_user_id = ?, updated_at = ? WHERE id = ?").run(
      mentorId,
      nowSeconds(),
      enterpriseId,
    );
    recordAudit(db, {
      actorUserId: actor.userId,
      action: "assignment.assign",
      subjectType: "enterprise",
      subjectId: enterpriseId,
      ip: actor.ip,
      details: { mentorId, previousMentorId },
    });
    return { ok: true, previousMentorId, changed: true };
  })();
}

export type BulkResult = { ok: true; moved: number; expected: number } | { ok: false; reason: "inactive_mentor" };

/**
 * Moves every enterprise matching the filter (and not already theirs) to a mentor, in one
 * statement inside one transaction: the filter is evaluated again by the UPDATE, so what moves is
 * what matches now; `expected` (the count the administrator confirmed) is kept for comparison.
 */
export function bulkAssign(
  db: Db,
  filter: AssignmentFilter,
  mentorId: number,
  expected: number,
  actor: Actor,
): BulkResult {
  return db.transaction((): BulkResult => {
    if (!isActiveMentor(db, mentorId)) return { ok: false, reason: "inactive_mentor" };
    const { where, params } = assignmentWhere(filter);
    const moved = db
      .prepare(
        `UPDATE enterprise AS e SET mentor_user_id = @mentorId, updated_at = @now
          WHERE ${where} AND e.mentor_user_id IS NOT @mentorId`,
      )
      .run({ ...params, mentorId, now: nowSeconds() }).changes;
    recordAudit(db, {
      actorUserId: actor.userId,
      action: "assignment.bulk",
      subjectType: "mentor",
      subjectId: mentorId,
      ip: actor.ip,
      details: { filter: filterOnly(filter), mentorId, count: moved, expected },
    });
    return { ok: true, moved, expected };
  })();
}

export type TransferResult =
  | { ok: true; moved: number; active: number }
  | { ok: false; reason: "inactive_mentor" | "same_mentor" | "no_mentor" };

/** Moves a mentor's whole caseload (active or not, the mentor active or not) to an active mentor. */
export function transferCaseload(db: Db, fromMentorId: number, toMentorId: number, actor: Actor): TransferResult {
  return db.transaction((): TransferResult => {
    if (fromMentorId === toMentorId) return { ok: false, reason: "same_mentor" };
    if (!db.prepare("SELECT 1 FROM user WHERE id = ? AND role = 'mentor'").get(fromMentorId)) {
      return { ok: false, reason: "no_mentor" };
    }
    if (!isActiveMentor(db, toMentorId)) return { ok: false, reason: "inactive_mentor" };
    const active = db
      .prepare("SELECT count(*) FROM enterprise WHERE mentor_user_id = ? AND stage <> 'go_online'")
      .pluck()
      .get(fromMentorId) as number;
    const moved = db
      .prepare("UPDATE enterprise SET mentor_user_id = @to, updated_at = @now WHERE mentor_user_id = @from")
      .run({ from: fromMentorId, to: toMentorId, now: nowSeconds() }).changes;
    recordAudit(db, {
      actorUserId: actor.userId,
      action: "assignment.transfer",
      subjectType: "mentor",
      subjectId: fromMentorId,
      ip: actor.ip,
      details: { fromMentorId, toMentorId, moved, active },
    });
    return { ok: true, moved, active };
  })();
}

/**
 * Gives an enterprise without a mentor the active mentor covering its regency, else its
 * province, with the fewest active cases (ties: the lowest id). Call inside the transaction that
 * writes the enterprise's region. Returns the mentor chosen, or null (it stays in the queue).
 */
export function autoAssignEnterprise(db: Db, enterpriseId: number, actor: Actor): number | null {
  const enterprise = db
    .prepare("SELECT province_code, regency_code, mentor_user_id FROM enterprise WHERE id = ?")
    .get(enterpriseId) as
    | { province_code: string | null; regency_code: string | null; mentor_user_id: number | null }
    | undefined;
  if (!enterprise || enterprise.mentor_user_id !== null || !enterprise.regency_code) return null;
  const [mentor] = mentorsCovering(db, { province: enterprise.province_code, regency: enterprise.regency_code }, 1);
  if (!mentor) return null;
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ? AND mentor_user_id IS NULL").run(
    mentor.id,
    enterpriseId,
  );
  recordAudit(db, {
    actorUserId: actor.userId,
    action: "assignment.auto",
    subjectType: "enterprise",
    subjectId: enterpriseId,
    ip: actor.ip,
    details: {
      mentorId: mentor.id,
      coveredBy: mentor.rank === 0 ? "regency" : "province",
      regency: enterprise.regency_code,
      activeCases: mentor.activeCases,
    },
  });
  return mentor.id;
}

/** Names of region codes, for describing a filter in words. */
export function regionName(db: Db, code: string | null): string | null {
  if (!code) return null;
  return (db.prepare("SELECT name FROM region WHERE code = ?").pluck().get(code) as string | undefined) ?? null;
}

/**
 * The receiving mentor from a posted (or GET) form: one active mentor, or the error to show at
 * the field that caused it.
 */
export function resolveMentorChoice(
  db: Db,
  form: URLSearchParams | FormData,
): { ok: true; mentor: MentorChoice } | { ok: false; error: MentorChoiceError } {
  const parsed = mentorChoiceSchema.safeParse({
    mentorId: form.get("mentorId") ?? undefined,
    mentorEmail: form.get("mentorEmail") ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field: MentorChoiceField = issue.path[0] === "mentorEmail" ? "mentorEmail" : "mentorId";
    return {
      ok: false,
      error: { field, message: isMessageKey(issue.message) ? issue.message : "adminAssign.error.choose" },
    };
  }
  const { mentorId, mentorEmail } = parsed.data;
  const mentor =
    mentorId !== undefined ? findActiveMentor(db, { id: mentorId }) : findActiveMentor(db, { email: mentorEmail! });
  if (mentor) return { ok: true, mentor };
  return mentorId !== undefined
    ? { ok: false, error: { field: "mentorId", message: "adminAssign.error.inactive" } }
    : { ok: false, error: { field: "mentorEmail", message: "adminAssign.error.noMentor" } };
}

/** Any mentor account (active or not) by e-mail, for finding whose caseload to move. */
export function findMentorIdByEmail(db: Db, email: string): number | null {
  return (
    (db.prepare("SELECT id FROM user WHERE email = ? AND role = 'mentor'").pluck().get(email.trim().toLowerCase()) as
      | number
      | undefined) ?? null
  );
}
