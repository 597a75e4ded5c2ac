import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";
import type { EnterpriseRef } from "../journey/journey.server";
import type { TaskKey } from "~/utils/journey/template-types";
import type { Stage } from "~/utils/mentoring/stage";

export type CaseloadEnterprise = EnterpriseRef & {
  name: string | null;
  ownerUserId: number;
  ownerName: string;
  ownerPhone: string | null;
  whatsapp: string | null;
  regencyName: string | null;
  provinceName: string | null;
  stage: Stage;
  progressPercent: number;
  tasksWaiting: number;
  goOnlineAt: number | null;
  lastActivityAt: number;
  lastOwnerActivityAt: number | null;
  lastMentorContactAt: number | null;
  nextFollowUpOn: string | null;
  createdAt: number;
};

/**
 * An enterprise as its mentor (or an administrator) sees it, or null when it is not in the
 * mentor's caseload: routes answer 404 then, so ids cannot be probed.
 */
export function enterpriseForStaff(
  db: Db,
  user: Pick<SessionUser, "id" | "role">,
  enterpriseId: number,
): CaseloadEnterprise | null {
  if (user.role !== "mentor" && user.role !== "admin") return null;
  const row = db
    .prepare(
      `SELECT e.id, e.template_version AS templateVersion, e.mentor_user_id AS mentorUserId, e.name,
              e.owner_user_id AS ownerUserId, o.full_name AS ownerName, o.phone AS ownerPhone, e.whatsapp,
              r.name AS regencyName, p.name AS provinceName, e.stage, e.progress_percent AS progressPercent,
              e.tasks_waiting AS tasksWaiting, e.go_online_at AS goOnlineAt,
              coalesce(e.last_activity_at, e.created_at) AS lastActivityAt,
              e.last_owner_activity_at AS lastOwnerActivityAt, e.last_mentor_contact_at AS lastMentorContactAt,
              e.next_follow_up_on AS nextFollowUpOn, e.created_at AS createdAt
       FROM enterprise e JOIN user o ON o.id = e.owner_user_id
       LEFT JOIN region r ON r.code = e.regency_code LEFT JOIN region p ON p.code = e.province_code
       WHERE e.id = ?`,
    )
    .get(enterpriseId) as CaseloadEnterprise | undefined;
  if (!row) return null;
  if (user.role === "mentor" && row.mentorUserId !== user.id) return null;
  return row;
}

export type QueueRow = {
  enterpriseId: number;
  enterpriseName: string | null;
  ownerName: string;
  regencyName: string | null;
  taskKey: TaskKey;
  submittedAt: number;
  resubmission: 0 | 1;
};

export const REVIEWS_PER_PAGE = 25;

/**
 * Tasks waiting for the mentor's review, oldest first. Read from the enterprises with waiting
 * tasks (a partial index on the caseload), not from every submitted task in the country.
 */
export function listReviewQueue(db: Db, mentorId: number, page = 1): { rows: QueueRow[]; total: number } {
  const total = db
    .prepare("SELECT coalesce(sum(tasks_waiting), 0) FROM enterprise WHERE mentor_user_id = ? AND tasks_waiting > 0")
    .pluck()
    .get(mentorId) as number;
  const rows = db
    .prepare(
      // The page is chosen from two small indexes (the mentor's enterprises with tasks waiting,
      // and submitted tasks), then only its rows are read in full: joining and sorting every
      // waiting enterprise first cost 3–12 ms at a million enterprises.
      `SELECT e.id AS enterpriseId, e.name AS enterpriseName, o.full_name AS ownerName, r.name AS regencyName,
              q.task_key AS taskKey, q.submitted_at AS submittedAt,
              EXISTS (SELECT 1 FROM task_event v WHERE v.enterprise_id = e.id AND v.task_key = q.task_key
                        AND v.action = 'request_changes') AS resubmission
       FROM (SELECT t.enterprise_id, t.task_key, t.submitted_at
             FROM enterprise w INDEXED BY enterprise_mentor_waiting
             JOIN enterprise_task t INDEXED BY enterprise_task_submitted
               ON t.enterprise_id = w.id AND t.status = 'submitted'
             WHERE w.mentor_user_id = ? AND w.tasks_waiting > 0
             ORDER BY t.submitted_at, t.enterprise_id, t.task_key
             LIMIT ? OFFSET ?) q
       CROSS JOIN enterprise e ON e.id = q.enterprise_id
       JOIN user o ON o.id = e.owner_user_id
       LEFT JOIN region r ON r.code = e.regency_code
       ORDER BY q.submitted_at, q.enterprise_id, q.task_key`,
    )
    .all(mentorId, REVIEWS_PER_PAGE, (Math.max(1, page) - 1) * REVIEWS_PER_PAGE) as QueueRow[];
  return { rows, total };
}

export type TimelineEvent = {
  kind: string;
  taskKey: string | null;
  actorName: string | null;
  actorRole: string | null;
  detail: string | null;
  at: number;
};

/**
 * Everything that happened on an enterprise, newest first: task saves, submissions and reviews,
 * messages, sessions (their shared notes only), impact records and brand checks.
 */
export function enterpriseTimeline(db: Db, enterpriseId: number, limit = 100): TimelineEvent[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT 'task.' || e.action AS kind, e.task_key AS taskKey, u.full_name AS actorName, u.role AS actorRole,
                e.comment AS detail, e.at, e.id AS seq
         FROM task_event e LEFT JOIN user u ON u.id = e.actor_user_id WHERE e.enterprise_id = @id
         UNION ALL
         SELECT 'comment', c.task_key, u.full_name, u.role, c.body, c.created_at, c.id
         FROM task_comment c LEFT JOIN user u ON u.id = c.author_user_id WHERE c.enterprise_id = @id
         UNION ALL
         SELECT 'session', NULL, u.full_name, u.role, s.held_on, s.created_at, s.id
         FROM mentoring_session s LEFT JOIN user u ON u.id = s.mentor_user_id WHERE s.enterprise_id = @id
         UNION ALL
         SELECT 'impact', NULL, u.full_name, u.role, i.recorded_on, i.created_at, i.id
         FROM impact_snapshot i LEFT JOIN user u ON u.id = i.entered_by WHERE i.enterprise_id = @id
         UNION ALL
         SELECT 'brand_check', NULL, u.full_name, u.role, b.name, b.checked_at, b.id
         FROM brand_check b LEFT JOIN user u ON u.id = b.checked_by WHERE b.enterprise_id = @id
       ) ORDER BY at DESC, seq DESC LIMIT @limit`,
    )
    .all({ id: enterpriseId, limit }) as TimelineEvent[];
}
