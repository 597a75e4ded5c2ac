import { recordAudit } from "../audit.server";
import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { notify } from "./notifications.server";
import { recordMentorContact, refreshFollowUp } from "./summary.server";
import { SESSION_EDIT_DAYS, type SessionMode, type SessionTopic } from "~/utils/mentoring/options";
import type { CorrectionInput, SessionInput } from "~/utils/validation/mentoring";

export type MentoringSession = {
  id: number;
  enterpriseId: number;
  mentorName: string | null;
  mentorUserId: number | null;
  heldOn: string;
  mode: SessionMode;
  durationMinutes: number;
  topics: SessionTopic[];
  sharedNotes: string | null;
  /** Null when the reader may not see private notes (an owner). */
  privateNotes: string | null;
  nextAction: string | null;
  followUpOn: string | null;
  createdAt: number;
  corrections: {
    id: number;
    authorName: string | null;
    sharedNote: string | null;
    privateNote: string | null;
    createdAt: number;
  }[];
};

/** Noon in WIB on a yyyy-mm-dd date, as Unix seconds: when a session counts as contact. */
function contactTime(heldOn: string): number {
  return Math.floor(Date.parse(`${heldOn}T12:00:00+07:00`) / 1000);
}

type Mentor = Pick<SessionUser, "id" | "role">;

function isEnterpriseMentor(db: Db, mentor: Mentor, enterpriseId: number): boolean {
  return (
    mentor.role === "mentor" &&
    db.prepare("SELECT 1 FROM enterprise WHERE id = ? AND mentor_user_id = ?").get(enterpriseId, mentor.id) !==
      undefined
  );
}

/**
 * Logs a session with an enterprise in the mentor's caseload: the session, the contact that keeps
 * the enterprise off the stalled list, the follow-up date, a notification when there are notes
 * for the owner, and the audit entry, in one transaction. Null when the enterprise is not theirs.
 */
export function logSession(db: Db, mentor: Mentor, enterpriseId: number, input: SessionInput): number | null {
  return db.transaction(() => {
    if (!isEnterpriseMentor(db, mentor, enterpriseId)) return null;
    const now = nowSeconds();
    const id = Number(
      db
        .prepare(
          `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics,
             shared_notes, private_notes, next_action, follow_up_on, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          enterpriseId,
          mentor.id,
          input.heldOn,
          input.mode,
          input.durationMinutes,
          JSON.stringify(input.topics),
          input.sharedNotes,
          input.privateNotes,
          input.nextAction,
          input.followUpOn,
          now,
          now,
        ).lastInsertRowid,
    );
    afterSessionChange(db, mentor, enterpriseId, input, now);
    recordAudit(db, { actorUserId: mentor.id, action: "session.log", subjectType: "mentoring_session", subjectId: id });
    return id;
  })();
}

function afterSessionChange(db: Db, mentor: Mentor, enterpriseId: number, input: SessionInput, now: number) {
  recordMentorContact(db, enterpriseId, Math.min(now, contactTime(input.heldOn)));
  refreshFollowUp(db, enterpriseId);
  if (input.sharedNotes) notifyOwnerOfNotes(db, enterpriseId, mentor.id);
}

/** Tells the owner there are mentoring notes for them (never the notes themselves). */
function notifyOwnerOfNotes(db: Db, enterpriseId: number, mentorId: number) {
  const owner = db.prepare("SELECT owner_user_id FROM enterprise WHERE id = ?").pluck().get(enterpriseId) as number;
  notify(db, { userId: owner, kind: "session_notes", enterpriseId, actorUserId: mentorId });
}

/** Whether a session logged at `createdAt` can still be edited at `now`. */
export function sessionEditable(createdAt: number, now: number): boolean {
  return now - createdAt < SESSION_EDIT_DAYS * 24 * 60 * 60;
}

export type SessionChangeResult = { ok: true } | { ok: false; reason: "notFound" | "locked" };

/** Edits a session within its edit window; only the mentor who logged it, and only theirs. */
export function editSession(db: Db, mentor: Mentor, sessionId: number, input: SessionInput): SessionChangeResult {
  return db.transaction((): SessionChangeResult => {
    const row = ownSession(db, mentor, sessionId);
    if (!row) return { ok: false, reason: "notFound" };
    const now = nowSeconds();
    if (!sessionEditable(row.createdAt, now)) return { ok: false, reason: "locked" };
    const before = db.prepare("SELECT shared_notes FROM mentoring_session WHERE id = ?").pluck().get(sessionId) as
      | string
      | null;
    db.prepare(
      `UPDATE mentoring_session SET held_on = ?, mode = ?, duration_minutes = ?, topics = ?, shared_notes = ?,
         private_notes = ?, next_action = ?, follow_up_on = ?, updated_at = ? WHERE id = ?`,
    ).run(
      input.heldOn,
      input.mode,
      input.durationMinutes,
      JSON.stringify(input.topics),
      input.sharedNotes,
      input.privateNotes,
      input.nextAction,
      input.followUpOn,
      now,
      sessionId,
    );
    refreshFollowUp(db, row.enterpriseId);
    recordMentorContact(db, row.enterpriseId, Math.min(now, contactTime(input.heldOn)));
    // New or changed notes for the owner: tell them, as when the session was first logged.
    if (input.sharedNotes && input.sharedNotes !== before) notifyOwnerOfNotes(db, row.enterpriseId, mentor.id);
    recordAudit(db, {
      actorUserId: mentor.id,
      action: "session.edit",
      subjectType: "mentoring_session",
      subjectId: sessionId,
    });
    return { ok: true };
  })();
}

/** Appends a correction to a session of the mentor's caseload (any time; the original stays). */
export function correctSession(db: Db, mentor: Mentor, sessionId: number, input: CorrectionInput): SessionChangeResult {
  return db.transaction((): SessionChangeResult => {
    const row = db
      .prepare("SELECT enterprise_id AS enterpriseId FROM mentoring_session WHERE id = ?")
      .get(sessionId) as { enterpriseId: number } | undefined;
    if (!row || !isEnterpriseMentor(db, mentor, row.enterpriseId)) return { ok: false, reason: "notFound" };
    db.prepare(
      `INSERT INTO mentoring_session_correction (session_id, author_user_id, shared_note, private_note, created_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(sessionId, mentor.id, input.sharedNote, input.privateNote, nowSeconds());
    if (input.sharedNote) notifyOwnerOfNotes(db, row.enterpriseId, mentor.id);
    recordAudit(db, {
      actorUserId: mentor.id,
      action: "session.correct",
      subjectType: "mentoring_session",
      subjectId: sessionId,
    });
    return { ok: true };
  })();
}

function ownSession(db: Db, mentor: Mentor, sessionId: number) {
  const row = db
    .prepare(
      `SELECT s.enterprise_id AS enterpriseId, s.created_at AS createdAt FROM mentoring_session s
       JOIN enterprise e ON e.id = s.enterprise_id
       WHERE s.id = ? AND s.mentor_user_id = ? AND e.mentor_user_id = ?`,
    )
    .get(sessionId, mentor.id, mentor.id) as { enterpriseId: number; createdAt: number } | undefined;
  return mentor.role === "mentor" ? row : undefined;
}

type SessionRow = Omit<MentoringSession, "topics" | "corrections"> & { topics: string };

const SESSION_COLUMNS = `s.id, s.enterprise_id AS enterpriseId, m.full_name AS mentorName, s.mentor_user_id AS mentorUserId,
  s.held_on AS heldOn, s.mode, s.duration_minutes AS durationMinutes, s.topics, s.shared_notes AS sharedNotes,
  s.private_notes AS privateNotes, s.next_action AS nextAction, s.follow_up_on AS followUpOn, s.created_at AS createdAt`;

/**
 * An enterprise's sessions, newest first, with their corrections. For an owner, private notes
 * are left out here, at the source, so no page can show them by mistake.
 */
export function enterpriseSessions(db: Db, enterpriseId: number, reader: "owner" | "staff"): MentoringSession[] {
  const rows = db
    .prepare(
      `SELECT ${SESSION_COLUMNS} FROM mentoring_session s LEFT JOIN user m ON m.id = s.mentor_user_id
       WHERE s.enterprise_id = ? ORDER BY s.held_on DESC, s.id DESC LIMIT 200`,
    )
    .all(enterpriseId) as SessionRow[];
  const corrections = db.prepare(
    `SELECT c.id, a.full_name AS authorName, c.shared_note AS sharedNote, c.private_note AS privateNote,
            c.created_at AS createdAt
     FROM mentoring_session_correction c LEFT JOIN user a ON a.id = c.author_user_id
     WHERE c.session_id = ? ORDER BY c.created_at, c.id`,
  );
  return rows.map((row) => ({
    ...row,
    privateNotes: reader === "owner" ? null : row.privateNotes,
    topics: JSON.parse(row.topics) as SessionTopic[],
    corrections: (corrections.all(row.id) as MentoringSession["corrections"])
      .map((c) => (reader === "owner" ? { ...c, privateNote: null } : c))
      .filter((c) => c.sharedNote !== null || c.privateNote !== null),
  }));
}

export function getSessionForMentor(db: Db, mentor: Mentor, sessionId: number): MentoringSession | null {
  const row = db
    .prepare(
      `SELECT ${SESSION_COLUMNS} FROM mentoring_session s LEFT JOIN user m ON m.id = s.mentor_user_id
       JOIN enterprise e ON e.id = s.enterprise_id
       WHERE s.id = ? AND e.mentor_user_id = ?`,
    )
    .get(sessionId, mentor.id) as SessionRow | undefined;
  if (!row || mentor.role !== "mentor") return null;
  return enterpriseSessions(db, row.enterpriseId, "staff").find((s) => s.id === sessionId) ?? null;
}

export type MonthTotals = { month: string; sessions: number; minutes: number; enterprises: number };

/** Sessions, hours and enterprises reached per month, the latest `months` months with sessions. */
export function monthlySessionTotals(db: Db, mentorId: number, months = 12): MonthTotals[] {
  return db
    .prepare(
      `SELECT substr(held_on, 1, 7) AS month, count(*) AS sessions, sum(duration_minutes) AS minutes,
              count(DISTINCT enterprise_id) AS enterprises
       FROM mentoring_session WHERE mentor_user_id = ?
       GROUP BY month ORDER BY month DESC LIMIT ?`,
    )
    .all(mentorId, months) as MonthTotals[];
}

export type MentorSessionRow = {
  id: number;
  enterpriseId: number;
  enterpriseName: string | null;
  ownerName: string;
  heldOn: string;
  mode: SessionMode;
  durationMinutes: number;
  topics: string;
  sharedNotes: string | null;
  nextAction: string | null;
  followUpOn: string | null;
};

const MENTOR_SESSIONS = `SELECT s.id, s.enterprise_id AS enterpriseId, e.name AS enterpriseName, o.full_name AS ownerName,
    s.held_on AS heldOn, s.mode, s.duration_minutes AS durationMinutes, s.topics, s.shared_notes AS sharedNotes,
    s.next_action AS nextAction, s.follow_up_on AS followUpOn
  FROM mentoring_session s JOIN enterprise e ON e.id = s.enterprise_id JOIN user o ON o.id = e.owner_user_id
  WHERE s.mentor_user_id = @mentorId AND s.held_on >= @from AND s.held_on < @to
  ORDER BY s.held_on DESC, s.id DESC`;

/** A month's sessions of one mentor (yyyy-mm), newest first. Private notes are not read. */
export function mentorSessionsInMonth(db: Db, mentorId: number, month: string): MentorSessionRow[] {
  return db.prepare(MENTOR_SESSIONS).all({ mentorId, ...monthRange(month) }) as MentorSessionRow[];
}

/** A reader of a mentor's sessions between two dates in batches (for the CSV export). */
export function mentorSessionBatches(db: Db, mentorId: number, from: string, to: string) {
  const statement = db.prepare(`${MENTOR_SESSIONS} LIMIT @limit OFFSET @offset`);
  return (offset: number, limit: number) => statement.all({ mentorId, from, to, limit, offset }) as MentorSessionRow[];
}

export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

export function countSessions(db: Db, enterpriseId: number): number {
  return db
    .prepare("SELECT count(*) FROM mentoring_session WHERE enterprise_id = ?")
    .pluck()
    .get(enterpriseId) as number;
}
