import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { loadJourney, type EnterpriseRef } from "../journey/journey.server";
import { enterpriseStage } from "~/utils/mentoring/stage";

/**
 * Rewrites the journey summary kept on the enterprise row (stage, progress, tasks waiting for
 * review, NIB for search, last owner activity) from its tasks. Call inside the transaction of
 * every task change, so the caseload never disagrees with the task list.
 */
export function refreshEnterpriseSummary(db: Db, enterpriseId: number, ownerActivityAt?: number): void {
  const ref = db
    .prepare(
      `SELECT id, template_version AS templateVersion, mentor_user_id AS mentorUserId, go_online_at AS goOnlineAt
       FROM enterprise WHERE id = ?`,
    )
    .get(enterpriseId) as (EnterpriseRef & { goOnlineAt: number | null }) | undefined;
  if (!ref) return;
  const { template, states, summary } = loadJourney(db, ref);
  const stage = enterpriseStage(template, states, ref.goOnlineAt !== null);
  const progress = summary.total ? Math.round((summary.done / summary.total) * 100) : 0;
  const waiting = states.filter((s) => s.status === "submitted").length;
  const legality = db
    .prepare("SELECT answers FROM enterprise_task WHERE enterprise_id = ? AND task_key = 'legality'")
    .pluck()
    .get(enterpriseId) as string | undefined;
  const nib = nibFromLegality(legality);
  db.prepare(
    `UPDATE enterprise SET stage = ?, progress_percent = ?, tasks_waiting = ?, nib = ?,
       ${SHOP_AND_SALE_SQL},
       last_owner_activity_at = coalesce(?, last_owner_activity_at),
       last_activity_at = max(coalesce(?, 0), coalesce(last_owner_activity_at, 0), coalesce(last_mentor_contact_at, 0), created_at)
     WHERE id = ?`,
  ).run(stage, progress, waiting, nib, ownerActivityAt ?? null, ownerActivityAt ?? null, enterpriseId);
}

/** Marketplaces among the channels task's items: an open shop on one counts for the dashboard. */
export const MARKETPLACE_CHANNELS = ["shopee", "tiktok_tokopedia", "lazada", "blibli"] as const;

// Both flags from what is stored, so any later write (a task save, an impact record) recomputes them.
const SHOP_AND_SALE_SQL = `
  has_marketplace_shop = EXISTS (
    SELECT 1 FROM enterprise_task t, json_each(t.answers) j
    WHERE t.enterprise_id = enterprise.id AND t.task_key = 'channels' AND json_valid(t.answers)
      AND j.key IN (${MARKETPLACE_CHANNELS.map((c) => `'${c}'`).join(", ")})
      AND json_extract(t.answers, '$."' || j.key || '".status') IN ('open', 'first_sale')),
  has_online_sale = EXISTS (
    SELECT 1 FROM enterprise_task t, json_each(t.answers) j
    WHERE t.enterprise_id = enterprise.id AND t.task_key = 'channels' AND json_valid(t.answers)
      AND json_extract(t.answers, '$."' || j.key || '".status') = 'first_sale')
    OR EXISTS (SELECT 1 FROM impact_snapshot s WHERE s.enterprise_id = enterprise.id AND s.first_online_sale_on IS NOT NULL)`;

/** Recomputes the open-marketplace-shop and first-online-sale flags (after an impact record). */
export function refreshSalesFlags(db: Db, enterpriseId: number): void {
  db.prepare(`UPDATE enterprise SET ${SHOP_AND_SALE_SQL} WHERE id = ?`).run(enterpriseId);
}

function nibFromLegality(answers: string | undefined): string | null {
  if (!answers) return null;
  try {
    const parsed = JSON.parse(answers) as { nib?: { status?: string; number?: string } } | null;
    const number = parsed?.nib?.number;
    return typeof number === "string" && /^\d{13}$/.test(number) ? number : null;
  } catch {
    return null;
  }
}

/** A mentor reached the enterprise (a session on `heldAt`, or a review now). */
export function recordMentorContact(db: Db, enterpriseId: number, at: number = nowSeconds()): void {
  db.prepare(
    `UPDATE enterprise SET
       last_mentor_contact_at = max(coalesce(last_mentor_contact_at, 0), ?),
       last_activity_at = max(coalesce(last_activity_at, created_at), ?)
     WHERE id = ?`,
  ).run(at, at, enterpriseId);
}

/** The follow-up date of the latest session, which replaces any earlier plan. */
export function refreshFollowUp(db: Db, enterpriseId: number): void {
  db.prepare(
    `UPDATE enterprise SET next_follow_up_on = (
       SELECT follow_up_on FROM mentoring_session WHERE enterprise_id = @id ORDER BY held_on DESC, id DESC LIMIT 1)
     WHERE id = @id`,
  ).run({ id: enterpriseId });
}
