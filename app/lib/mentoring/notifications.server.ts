import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";

export const NOTIFICATION_KINDS = [
  "submitted",
  "resubmitted",
  "graduation_requested",
  "changes_requested",
  "approved",
  "graduated",
  "session_notes",
  "comment",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NewNotification = {
  userId: number;
  kind: NotificationKind;
  enterpriseId: number;
  taskKey?: string | null;
  actorUserId: number | null;
};

/** Adds a notification. Call inside the transaction of the change it reports. */
export function notify(db: Db, n: NewNotification): void {
  db.prepare(
    `INSERT INTO notification (user_id, kind, enterprise_id, task_key, actor_user_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(n.userId, n.kind, n.enterpriseId, n.taskKey ?? null, n.actorUserId, nowSeconds());
}

export function unreadNotificationCount(db: Db, userId: number): number {
  return db
    .prepare("SELECT count(*) FROM notification WHERE user_id = ? AND read_at IS NULL")
    .pluck()
    .get(userId) as number;
}

export type NotificationRow = {
  id: number;
  kind: NotificationKind;
  enterpriseId: number | null;
  enterpriseName: string | null;
  taskKey: string | null;
  actorName: string | null;
  createdAt: number;
  readAt: number | null;
};

export const NOTIFICATIONS_PER_PAGE = 30;

/** A user's notifications, newest first, one page at a time. */
export function listNotifications(db: Db, userId: number, page = 1): { rows: NotificationRow[]; total: number } {
  const total = db.prepare("SELECT count(*) FROM notification WHERE user_id = ?").pluck().get(userId) as number;
  const rows = db
    .prepare(
      `SELECT n.id, n.kind, n.enterprise_id AS enterpriseId, e.name AS enterpriseName, n.task_key AS taskKey,
              a.full_name AS actorName, n.created_at AS createdAt, n.read_at AS readAt
       FROM notification n
       LEFT JOIN enterprise e ON e.id = n.enterprise_id
       LEFT JOIN user a ON a.id = n.actor_user_id
       WHERE n.user_id = ?
       ORDER BY n.created_at DESC, n.id DESC
       LIMIT ? OFFSET ?`,
    )
    .all(userId, NOTIFICATIONS_PER_PAGE, (Math.max(1, page) - 1) * NOTIFICATIONS_PER_PAGE) as NotificationRow[];
  return { rows, total };
}

/** Marks one notification (only the user's own) or all of them as read. */
export function markNotificationsRead(db: Db, userId: number, id: number | "all"): number {
  const now = nowSeconds();
  const result =
    id === "all"
      ? db.prepare("UPDATE notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL").run(now, userId)
      : db
          .prepare("UPDATE notification SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL")
          .run(now, id, userId);
  return result.changes;
}
