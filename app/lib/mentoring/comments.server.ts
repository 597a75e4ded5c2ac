import { recordAudit } from "../audit.server";
import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { notify } from "./notifications.server";
import { recordMentorContact, refreshEnterpriseSummary } from "./summary.server";
import type { TaskKey } from "~/utils/journey/template-types";

export type ThreadEntry = {
  kind: "comment" | "submit" | "approve" | "request_changes" | "complete";
  authorName: string | null;
  authorRole: string | null;
  body: string | null;
  at: number;
};

/**
 * A task's conversation, oldest first (within one second, submissions and decisions before
 * messages: the two tables count their ids separately): the owner's submissions, the mentor's decisions with their
 * comments, and the messages both wrote in between. Drafts are left out: they are not talk.
 */
export function taskThread(db: Db, enterpriseId: number, taskKey: TaskKey): ThreadEntry[] {
  return db
    .prepare(
      `SELECT * FROM (
         SELECT 'comment' AS kind, u.full_name AS authorName, u.role AS authorRole, c.body, c.created_at AS at,
                1 AS source, c.id AS seq
         FROM task_comment c LEFT JOIN user u ON u.id = c.author_user_id
         WHERE c.enterprise_id = @enterpriseId AND c.task_key = @taskKey
         UNION ALL
         SELECT e.action, u.full_name, u.role, e.comment, e.at, 0, e.id
         FROM task_event e LEFT JOIN user u ON u.id = e.actor_user_id
         WHERE e.enterprise_id = @enterpriseId AND e.task_key = @taskKey AND e.action <> 'save_draft'
       ) ORDER BY at, source, seq LIMIT 200`,
    )
    .all({ enterpriseId, taskKey }) as ThreadEntry[];
}

/**
 * Adds a message to a task's conversation, by the owner or by the enterprise's mentor, and tells
 * the other side. Returns false when the user may not write on this enterprise.
 */
export function addTaskComment(
  db: Db,
  author: Pick<SessionUser, "id" | "role">,
  enterpriseId: number,
  taskKey: TaskKey,
  body: string,
): boolean {
  return db.transaction(() => {
    const e = db
      .prepare("SELECT owner_user_id AS ownerId, mentor_user_id AS mentorId FROM enterprise WHERE id = ?")
      .get(enterpriseId) as { ownerId: number; mentorId: number | null } | undefined;
    if (!e) return false;
    const isOwner = author.role === "owner" && e.ownerId === author.id;
    const isMentor = author.role === "mentor" && e.mentorId === author.id;
    if (!isOwner && !isMentor) return false;
    const now = nowSeconds();
    db.prepare(
      "INSERT INTO task_comment (enterprise_id, task_key, author_user_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
    ).run(enterpriseId, taskKey, author.id, body, now);
    const recipient = isOwner ? e.mentorId : e.ownerId;
    if (recipient !== null)
      notify(db, { userId: recipient, kind: "comment", enterpriseId, taskKey, actorUserId: author.id });
    if (isOwner) refreshEnterpriseSummary(db, enterpriseId, now);
    else recordMentorContact(db, enterpriseId, now);
    recordAudit(db, {
      actorUserId: author.id,
      action: "task.comment",
      subjectType: "enterprise",
      subjectId: enterpriseId,
      details: { task: taskKey },
    });
    return true;
  })();
}
