import { recordAudit } from "../audit.server";
import { NO_PASSWORD } from "../auth/password.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { changeUserRole, setUserActive } from "./accounts.server";
import { issueAccountLink } from "./links.server";
import { USER_COUNT_CAP, USER_PAGE_SIZE, type UserFilters, type UserStatus } from "~/utils/accounts/user-filters";
import type { Role } from "~/utils/roles";
import type { NewStaff, StaffRole } from "~/utils/validation/staff";

// Administrators' work on accounts: inviting mentors and administrators, the user list, links
// for a forgotten password, deactivation, role changes and mentors' coverage areas.

/** The codes of `codes` that are not provinces or regencies in the region table. */
export function unknownRegionCodes(db: Db, codes: string[]): string[] {
  if (codes.length === 0) return [];
  const known = new Set(
    db
      .prepare("SELECT code FROM region WHERE code IN (SELECT value FROM json_each(?))")
      .pluck()
      .all(JSON.stringify(codes)) as string[],
  );
  return codes.filter((code) => !known.has(code));
}

function writeCoverage(db: Db, mentorId: number, codes: string[]): void {
  db.prepare("DELETE FROM mentor_coverage WHERE mentor_user_id = ?").run(mentorId);
  const insert = db.prepare("INSERT INTO mentor_coverage (mentor_user_id, region_code) VALUES (?, ?)");
  for (const code of codes) insert.run(mentorId, code);
}

export type CreateStaffResult =
  | { ok: true; userId: number; secret: string; expiresAt: number }
  | { ok: false; field: "email" | "phone" | "coverage" };

/**
 * Creates a mentor or administrator who has no password yet, with their coverage areas (mentors
 * only) and an invitation link, in one transaction. Returns the link's secret, to show once.
 */
export function createStaffAccount(
  db: Db,
  staff: NewStaff,
  actorUserId: number,
  ip: string | null,
  now = nowSeconds(),
): CreateStaffResult {
  const coverage = staff.role === "mentor" ? staff.coverage : [];
  return db.transaction((): CreateStaffResult => {
    if (db.prepare("SELECT 1 FROM user WHERE email = ?").get(staff.email)) return { ok: false, field: "email" };
    if (staff.phone && db.prepare("SELECT 1 FROM user WHERE phone = ?").get(staff.phone))
      return { ok: false, field: "phone" };
    if (unknownRegionCodes(db, coverage).length > 0) return { ok: false, field: "coverage" };
    const userId = Number(
      db
        .prepare(
          `INSERT INTO user (role, full_name, email, phone, password_hash, invited_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(staff.role, staff.fullName, staff.email, staff.phone, NO_PASSWORD, now, now, now).lastInsertRowid,
    );
    writeCoverage(db, userId, coverage);
    const link = issueAccountLink(db, userId, "invitation", actorUserId, now);
    recordAudit(
      db,
      {
        actorUserId,
        action: "account.invite",
        subjectType: "user",
        subjectId: userId,
        ip,
        details: { role: staff.role, coverage },
      },
      now,
    );
    return { ok: true, userId, ...link };
  })();
}

type AccountState = { role: Role; is_active: number; invited_at: number | null };

function accountState(db: Db, userId: number): AccountState | undefined {
  return db.prepare("SELECT role, is_active, invited_at FROM user WHERE id = ?").get(userId) as
    | AccountState
    | undefined;
}

export type LinkResult =
  | { ok: true; secret: string; expiresAt: number }
  | { ok: false; reason: "missing" | "inactive" | "notInvited" | "invited" };

/** A new invitation link for an account still without a password; the earlier link stops working. */
export function resendInvitation(
  db: Db,
  userId: number,
  actorUserId: number,
  ip: string | null,
  now = nowSeconds(),
): LinkResult {
  return db.transaction((): LinkResult => {
    const account = accountState(db, userId);
    if (!account) return { ok: false, reason: "missing" };
    if (account.is_active !== 1) return { ok: false, reason: "inactive" };
    if (account.invited_at === null) return { ok: false, reason: "notInvited" };
    const link = issueAccountLink(db, userId, "invitation", actorUserId, now);
    recordAudit(
      db,
      { actorUserId, action: "account.invite", subjectType: "user", subjectId: userId, ip, details: { resend: true } },
      now,
    );
    return { ok: true, ...link };
  })();
}

/** A password-reset link for an active account that has a password; the earlier link stops working. */
export function createResetLink(
  db: Db,
  userId: number,
  actorUserId: number,
  ip: string | null,
  now = nowSeconds(),
): LinkResult {
  return db.transaction((): LinkResult => {
    const account = accountState(db, userId);
    if (!account) return { ok: false, reason: "missing" };
    if (account.is_active !== 1) return { ok: false, reason: "inactive" };
    if (account.invited_at !== null) return { ok: false, reason: "invited" };
    const link = issueAccountLink(db, userId, "password_reset", actorUserId, now);
    recordAudit(db, { actorUserId, action: "account.reset_link", subjectType: "user", subjectId: userId, ip }, now);
    return { ok: true, ...link };
  })();
}

export type AccountChange = { ok: true } | { ok: false; reason: "missing" | "self" | "notStaff" | "activeCases" };

/**
 * Deactivates or reactivates an account. Deactivation ends every session at once and voids open
 * links. Administrators cannot deactivate themselves (so one active administrator always remains).
 */
export function setAccountActive(
  db: Db,
  actorUserId: number,
  userId: number,
  active: boolean,
  ip: string | null,
): AccountChange {
  return db.transaction((): AccountChange => {
    if (!accountState(db, userId)) return { ok: false, reason: "missing" };
    // An erased account (privacy/deletion.server.ts) is gone as a person: it never comes back.
    if (db.prepare("SELECT erased_at FROM user WHERE id = ?").pluck().get(userId) !== null) {
      return { ok: false, reason: "missing" };
    }
    if (!active && userId === actorUserId) return { ok: false, reason: "self" };
    setUserActive(db, userId, active, actorUserId, ip);
    return { ok: true };
  })();
}

/**
 * Moves an account between mentor and administrator (never to or from owner). The user is
 * signed out everywhere. A mentor with active cases keeps the role until the caseload has been
 * moved, so no enterprise is left with an administrator as its mentor; an administrator's
 * coverage areas are removed with the role.
 */
export function changeStaffRole(
  db: Db,
  actorUserId: number,
  userId: number,
  role: StaffRole,
  ip: string | null,
): AccountChange {
  return db.transaction((): AccountChange => {
    const account = accountState(db, userId);
    if (!account) return { ok: false, reason: "missing" };
    if (account.role === "owner") return { ok: false, reason: "notStaff" };
    if (userId === actorUserId) return { ok: false, reason: "self" };
    if (account.role === role) return { ok: true };
    if (role === "admin") {
      const activeCases = db
        .prepare("SELECT coalesce((SELECT active_cases FROM mentor_load WHERE mentor_user_id = ?), 0)")
        .pluck()
        .get(userId) as number;
      if (activeCases > 0) return { ok: false, reason: "activeCases" };
      writeCoverage(db, userId, []);
    }
    changeUserRole(db, userId, role, actorUserId, ip);
    return { ok: true };
  })();
}

export type CoverageChange = { ok: true } | { ok: false; reason: "missing" | "notMentor" | "unknownArea" };

/** Replaces a mentor's coverage areas (provinces and regencies). */
export function setMentorCoverage(
  db: Db,
  actorUserId: number,
  mentorId: number,
  codes: string[],
  ip: string | null,
): CoverageChange {
  return db.transaction((): CoverageChange => {
    const account = accountState(db, mentorId);
    if (!account) return { ok: false, reason: "missing" };
    if (account.role !== "mentor") return { ok: false, reason: "notMentor" };
    if (unknownRegionCodes(db, codes).length > 0) return { ok: false, reason: "unknownArea" };
    const before = coverageCodes(db, mentorId);
    writeCoverage(db, mentorId, codes);
    const after = coverageCodes(db, mentorId);
    recordAudit(db, {
      actorUserId,
      action: "mentor.coverage_change",
      subjectType: "user",
      subjectId: mentorId,
      ip,
      details: {
        added: after.filter((code) => !before.includes(code)),
        removed: before.filter((code) => !after.includes(code)),
      },
    });
    return { ok: true };
  })();
}

export function coverageCodes(db: Db, mentorId: number): string[] {
  return db
    .prepare("SELECT region_code FROM mentor_coverage WHERE mentor_user_id = ? ORDER BY region_code")
    .pluck()
    .all(mentorId) as string[];
}

export type CoverageArea = { code: string; name: string; provinceName: string | null };

/** A mentor's areas with their names (a regency with its province's), for reading. */
export function listCoverage(db: Db, mentorId: number): CoverageArea[] {
  return db
    .prepare(
      `SELECT r.code, r.name, p.name AS provinceName
         FROM mentor_coverage c JOIN region r ON r.code = c.region_code
         LEFT JOIN region p ON p.code = r.parent_code
        WHERE c.mentor_user_id = ?
        ORDER BY r.code`,
    )
    .all(mentorId) as CoverageArea[];
}

export type RegionTreeProvince = { code: string; name: string; regencies: { code: string; name: string }[] };

/** Every province with its regencies and cities (552 rows), for the coverage picker. */
export function regionTree(db: Db): RegionTreeProvince[] {
  const rows = db
    .prepare("SELECT code, name, level, parent_code AS parent FROM region ORDER BY level = 'regency', name")
    .all() as { code: string; name: string; level: "province" | "regency"; parent: string | null }[];
  const provinces = new Map<string, RegionTreeProvince>();
  for (const row of rows) {
    if (row.level === "province") provinces.set(row.code, { code: row.code, name: row.name, regencies: [] });
    else if (row.parent) provinces.get(row.parent)?.regencies.push({ code: row.code, name: row.name });
  }
  return [...provinces.values()];
}

export type UserListRow = {
  id: number;
  fullName: string;
  email: string;
  role: Role;
  status: UserStatus;
  activeCases: number | null;
};

type ListRow = Omit<UserListRow, "status"> & { isActive: number; invitedAt: number | null };

const STATUS_CONDITION: Record<UserStatus, string> = {
  active: "u.is_active = 1 AND u.invited_at IS NULL",
  deactivated: "u.is_active = 0",
  invited: "u.is_active = 1 AND u.invited_at IS NOT NULL",
};

/**
 * One page of accounts, filtered and ordered by the indexes: by role and name (case-blind,
 * index user_role_name_nocase or its partial copies for the deactivated and invited filters),
 * or by email address (the email column's unique index). Searches are prefix searches. The
 * count stops at USER_COUNT_CAP, so even "all owners" reads a bounded number of index entries.
 */
export function listUsers(
  db: Db,
  filters: UserFilters,
): { rows: UserListRow[]; total: number; capped: boolean; pageCount: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  // A leading role condition lets every name search and the ordering use the (role, name) index.
  if (filters.role) {
    where.push("u.role = @role");
    params.role = filters.role;
  } else {
    where.push("u.role IN ('admin', 'mentor', 'owner')");
  }
  if (filters.status) where.push(STATUS_CONDITION[filters.status]);
  if (filters.q) {
    // NOCASE folds only A–Z, so only those are lower-cased here; the range finds the candidates
    // in the index, the substr() check keeps exactly the prefix.
    const prefix = filters.q.replace(/[A-Z]/g, (c) => c.toLowerCase());
    params.lo = prefix;
    params.hi = `${prefix}\u{10FFFF}`;
    params.len = [...prefix].length;
    if (filters.by === "email") {
      where.push("u.email >= @lo AND u.email < @hi AND substr(u.email, 1, @len) = @lo");
    } else {
      where.push(
        "u.full_name COLLATE NOCASE >= @lo AND u.full_name COLLATE NOCASE < @hi AND substr(u.full_name, 1, @len) = @lo COLLATE NOCASE",
      );
    }
  }
  const whereSql = where.join(" AND ");
  const orderSql = filters.q && filters.by === "email" ? "u.email, u.id" : "u.role, u.full_name COLLATE NOCASE, u.id";
  const total = db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM user u WHERE ${whereSql} LIMIT ${USER_COUNT_CAP + 1})`)
    .pluck()
    .get(params) as number;
  const capped = total > USER_COUNT_CAP;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, USER_COUNT_CAP) / USER_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = db
    .prepare(
      `SELECT u.id, u.full_name AS fullName, u.email, u.role, u.is_active AS isActive, u.invited_at AS invitedAt,
              l.active_cases AS activeCases
         FROM user u LEFT JOIN mentor_load l ON l.mentor_user_id = u.id AND u.role = 'mentor'
        WHERE ${whereSql}
        ORDER BY ${orderSql}
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: USER_PAGE_SIZE, offset: (page - 1) * USER_PAGE_SIZE }) as ListRow[];
  return {
    rows: rows.map(({ isActive, invitedAt, ...row }) => ({
      ...row,
      status: isActive !== 1 ? "deactivated" : invitedAt !== null ? "invited" : "active",
    })),
    total: Math.min(total, USER_COUNT_CAP),
    capped,
    pageCount,
  };
}

export type UserAccount = {
  id: number;
  fullName: string;
  email: string;
  phone: string | null;
  role: Role;
  status: UserStatus;
  createdAt: number;
  invitedAt: number | null;
  /** When the newest unused invitation link stops working, if there is one. */
  invitationExpiresAt: number | null;
  sessions: number;
  load: { activeCases: number; allCases: number; tasksWaiting: number } | null;
};

export function getUserAccount(db: Db, userId: number): UserAccount | null {
  const row = db
    .prepare(
      `SELECT u.id, u.full_name AS fullName, u.email, u.phone, u.role, u.is_active AS isActive,
              u.created_at AS createdAt, u.invited_at AS invitedAt,
              (SELECT max(expires_at) FROM user_token t
                WHERE t.user_id = u.id AND t.purpose = 'invitation' AND t.used_at IS NULL) AS invitationExpiresAt,
              (SELECT count(*) FROM session s WHERE s.user_id = u.id) AS sessions,
              l.active_cases AS activeCases, l.all_cases AS allCases, l.tasks_waiting AS tasksWaiting
         FROM user u LEFT JOIN mentor_load l ON l.mentor_user_id = u.id
        WHERE u.id = ?`,
    )
    .get(userId) as
    | (Omit<UserAccount, "status" | "load"> & {
        isActive: number;
        activeCases: number | null;
        allCases: number | null;
        tasksWaiting: number | null;
      })
    | undefined;
  if (!row) return null;
  const { isActive, activeCases, allCases, tasksWaiting, ...account } = row;
  return {
    ...account,
    status: isActive !== 1 ? "deactivated" : row.invitedAt !== null ? "invited" : "active",
    load:
      row.role === "mentor" || (allCases ?? 0) > 0
        ? { activeCases: activeCases ?? 0, allCases: allCases ?? 0, tasksWaiting: tasksWaiting ?? 0 }
        : null,
  };
}
