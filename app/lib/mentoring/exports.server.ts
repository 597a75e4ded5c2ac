import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { caseloadQuery, type Clock } from "./caseload.server";
import type { CaseloadFilters } from "~/utils/mentoring/caseload-filters";

/** The filters that narrow the list (defaults and the page left out), as the audit log keeps them. */
function narrowingFilters(filters: CaseloadFilters): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (key === "page" || value === null || value === "") continue;
    if ((key === "view" && value === "all") || (key === "sort" && value === "name")) continue;
    kept[key] = String(value);
  }
  return kept;
}

/**
 * Records that a mentor downloaded their caseload: the filter and how many rows it held when the
 * download started (the file streams afterwards, so it is counted by the same query first).
 */
export function recordCaseloadExport(
  db: Db,
  mentorId: number,
  filters: CaseloadFilters,
  clock: Clock,
  ip: string | null,
): number {
  const query = caseloadQuery(mentorId, filters, clock);
  return db.transaction(() => {
    const rows = db.prepare(query.count).pluck().get(query.params) as number;
    recordAudit(db, {
      actorUserId: mentorId,
      action: "export.caseload",
      subjectType: "user",
      subjectId: mentorId,
      ip,
      details: { filters: narrowingFilters(filters), rows },
    });
    return rows;
  })();
}

/** Records that a mentor downloaded a month of their sessions (yyyy-mm, between from and to). */
export function recordSessionsExport(
  db: Db,
  mentorId: number,
  month: string,
  range: { from: string; to: string },
  ip: string | null,
): number {
  return db.transaction(() => {
    const rows = db
      .prepare("SELECT count(*) FROM mentoring_session WHERE mentor_user_id = ? AND held_on >= ? AND held_on < ?")
      .pluck()
      .get(mentorId, range.from, range.to) as number;
    recordAudit(db, {
      actorUserId: mentorId,
      action: "export.sessions",
      subjectType: "user",
      subjectId: mentorId,
      ip,
      details: { month, rows },
    });
    return rows;
  })();
}
