/**
 * Every action name the audit log holds, grouped as the audit viewer's filter shows them. A unit
 * test reads the source for recordAudit calls and fails when one records an action missing here,
 * so each entry in the log has a readable label in both languages.
 */
export const AUDIT_ACTION_GROUPS = {
  auth: ["auth.login", "auth.login_failed", "auth.logout"],
  account: [
    "account.register",
    "account.create",
    "account.invite",
    "account.invitation_accepted",
    "account.reset_link",
    "account.password_reset",
    "account.password_change",
    "account.role_change",
    "account.deactivate",
    "account.reactivate",
  ],
  assignment: [
    "mentor.coverage_change",
    "assignment.assign",
    "assignment.bulk",
    "assignment.transfer",
    "assignment.auto",
  ],
  // task.approve and task.request_changes are what reviews were recorded as before review.*.
  review: ["review.approve", "review.request_changes", "task.approve", "task.request_changes", "task.comment"],
  journey: ["task.save_draft", "task.finish", "product.create", "product.update", "product.delete"],
  mentoring: ["session.log", "session.edit", "session.correct", "impact.record"],
  export: ["export.caseload", "export.sessions", "export.enterprises", "export.sessions_admin", "export.provinces"],
  programme: [
    "trademark.import",
    "checklist.start_draft",
    "checklist.edit_task",
    "checklist.discard_draft",
    "checklist.publish",
    "settings.targets",
    "settings.stalled_after_days",
  ],
  privacy: [
    "privacy.consent",
    "privacy.export",
    "privacy.deletion_request",
    "privacy.deletion_cancel",
    "privacy.deletion_decline",
    "privacy.erase",
  ],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditActionGroup][number];

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTION_GROUPS).flat();

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** What an entry is about, as recordAudit's subjectType names it. */
export const AUDIT_SUBJECT_TYPES = [
  "user",
  "enterprise",
  "mentoring_session",
  "impact_snapshot",
  "trademark_index",
  "journey_template",
  "programme_target",
  "app_setting",
  "region",
] as const;
export type AuditSubjectType = (typeof AUDIT_SUBJECT_TYPES)[number];

export function isAuditSubjectType(value: unknown): value is AuditSubjectType {
  return typeof value === "string" && (AUDIT_SUBJECT_TYPES as readonly string[]).includes(value);
}

/** Entries per page in the audit viewer. */
export const AUDIT_PAGE_SIZE = 50;
