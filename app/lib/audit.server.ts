import type { Db } from "./db.server";
import { nowSeconds } from "./db.server";

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  subjectType?: string;
  subjectId?: string | number;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** Records who did what, when and from where. Call inside the transaction of the change. */
export function recordAudit(db: Db, entry: AuditEntry, at = nowSeconds()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_user_id, action, subject_type, subject_id, ip, details)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    entry.actorUserId,
    entry.action,
    entry.subjectType ?? null,
    entry.subjectId === undefined ? null : String(entry.subjectId),
    entry.ip ?? null,
    entry.details ? JSON.stringify(entry.details) : null,
  );
}
