import { recordAudit } from "../audit.server";
import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { notify } from "../mentoring/notifications.server";
import { recordMentorContact, refreshEnterpriseSummary } from "../mentoring/summary.server";
import { loadJourney, type EnterpriseRef } from "./journey.server";
import type { TaskKey } from "~/utils/journey/template-types";

export type ReviewDecision = { decision: "approve" } | { decision: "request_changes"; comment: string };

export type ReviewResult = { ok: true } | { ok: false; reason: "notAllowed" | "notSubmitted" | "prerequisitesOpen" };

/**
 * A mentor's decision on a task the owner sent for review: approve it (Selesai), or send it
 * back with a comment (Perlu perbaikan). Only the enterprise's own mentor, or an administrator,
 * may decide, and only on a task waiting for review. Approving the final review makes the
 * enterprise "Go Online" from now. One transaction: status, history, audit (with the reviewer's IP).
 */
export function reviewTask(
  db: Db,
  reviewer: Pick<SessionUser, "id" | "role">,
  enterpriseId: number,
  taskKey: TaskKey,
  review: ReviewDecision,
  ip: string | null = null,
): ReviewResult {
  return db.transaction((): ReviewResult => {
    const enterprise = db
      .prepare("SELECT mentor_user_id AS mentorUserId FROM enterprise WHERE id = ?")
      .get(enterpriseId) as { mentorUserId: number | null } | undefined;
    const allowed =
      enterprise &&
      (reviewer.role === "admin" || (reviewer.role === "mentor" && enterprise.mentorUserId === reviewer.id));
    if (!allowed) return { ok: false, reason: "notAllowed" };
    const task = db
      .prepare("SELECT status, answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = ?")
      .get(enterpriseId, taskKey) as { status: string; answers: string | null } | undefined;
    if (task?.status !== "submitted") return { ok: false, reason: "notSubmitted" };
    // A task that needs approved prerequisites (the final review) cannot be approved once one of
    // them was reopened by the owner after it was sent.
    if (review.decision === "approve") {
      const ref = db
        .prepare(
          "SELECT id, template_version AS templateVersion, mentor_user_id AS mentorUserId FROM enterprise WHERE id = ?",
        )
        .get(enterpriseId) as EnterpriseRef;
      const { states } = loadJourney(db, ref);
      const template = states.find((s) => s.task.key === taskKey)?.task;
      const stored = new Map(states.map((s) => [s.task.key, s.status]));
      if (template?.requiresApproval && template.requires.some((key) => stored.get(key) !== "done")) {
        return { ok: false, reason: "prerequisitesOpen" };
      }
    }
    const now = nowSeconds();
    const status = review.decision === "approve" ? "done" : "changes_requested";
    const comment = review.decision === "request_changes" ? review.comment : null;
    db.prepare(
      `UPDATE enterprise_task SET status = ?, decided_at = ?, decided_by = ?, review_comment = ?, updated_at = ?
       WHERE enterprise_id = ? AND task_key = ?`,
    ).run(status, now, reviewer.id, comment, now, enterpriseId, taskKey);
    db.prepare(
      `INSERT INTO task_event (enterprise_id, task_key, actor_user_id, action, status_after, snapshot, comment, at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(enterpriseId, taskKey, reviewer.id, review.decision, status, task.answers, comment, now);
    const graduated = taskKey === "final_review" && review.decision === "approve";
    if (graduated) {
      db.prepare("UPDATE enterprise SET go_online_at = ?, updated_at = ? WHERE id = ?").run(now, now, enterpriseId);
    } else {
      db.prepare("UPDATE enterprise SET updated_at = ? WHERE id = ?").run(now, enterpriseId);
    }
    refreshEnterpriseSummary(db, enterpriseId);
    recordMentorContact(db, enterpriseId, now);
    const owner = db.prepare("SELECT owner_user_id FROM enterprise WHERE id = ?").pluck().get(enterpriseId) as number;
    notify(db, {
      userId: owner,
      kind: graduated ? "graduated" : review.decision === "approve" ? "approved" : "changes_requested",
      enterpriseId,
      taskKey,
      actorUserId: reviewer.id,
    });
    recordAudit(db, {
      actorUserId: reviewer.id,
      action: review.decision === "approve" ? "review.approve" : "review.request_changes",
      subjectType: "enterprise",
      subjectId: enterpriseId,
      ip,
      details: { task: taskKey },
    });
    return { ok: true };
  })();
}
