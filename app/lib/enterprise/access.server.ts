import type { SessionUser } from "../auth/session.server";
import type { Db } from "../db.server";

/**
 * Whether a user may see an enterprise's records and files: its owner, the mentor it is
 * assigned to, or an administrator. Everyone else is told it does not exist (404), not 403,
 * so ids cannot be probed.
 */
export function canSeeEnterprise(db: Db, user: SessionUser, enterpriseId: number): boolean {
  if (user.role === "admin") return true;
  const column = user.role === "owner" ? "owner_user_id" : "mentor_user_id";
  return db.prepare(`SELECT 1 FROM enterprise WHERE id = ? AND ${column} = ?`).get(enterpriseId, user.id) !== undefined;
}
