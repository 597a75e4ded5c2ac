import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { notify } from "../mentoring/notifications.server";
import { refreshEnterpriseSummary } from "../mentoring/summary.server";
import { applicableItems } from "~/utils/journey/checklist";
import { summarize, taskStates, type StoredTaskStatus } from "~/utils/journey/status";
import type { JourneyTemplate, ProductCategory, TaskKey } from "~/utils/journey/template-types";

/** Publishes the template in db/journey-template.ts if its version is not stored yet. */
export function ensureJourneyTemplate(db: Db, template: JourneyTemplate = JOURNEY_TEMPLATE): void {
  db.prepare("INSERT OR IGNORE INTO journey_template (version, content, published_at) VALUES (?, ?, ?)").run(
    template.version,
    JSON.stringify(template),
    nowSeconds(),
  );
}

// Published versions never change, so a parsed copy per version can be kept. The cache belongs to
// the database it was read from: each test database (and a seed script's) has its own version 2.
const templatesByDb = new WeakMap<Db, Map<number, JourneyTemplate>>();

export function getJourneyTemplate(db: Db, version: number): JourneyTemplate {
  let templates = templatesByDb.get(db);
  if (!templates) templatesByDb.set(db, (templates = new Map()));
  const cached = templates.get(version);
  if (cached) return cached;
  const content = db.prepare("SELECT content FROM journey_template WHERE version = ?").pluck().get(version) as
    | string
    | undefined;
  if (!content) throw new Error(`journey template version ${version} is not published`);
  const template = JSON.parse(content) as JourneyTemplate;
  templates.set(version, template);
  return template;
}

export function latestTemplateVersion(db: Db): number {
  const version = db.prepare("SELECT max(version) FROM journey_template").pluck().get() as number | null;
  if (version === null) throw new Error("no journey template is published");
  return version;
}

export type EnterpriseRef = { id: number; templateVersion: number; mentorUserId: number | null };

/** The owner's enterprise, created on first use with the latest template version. */
export function getOrCreateEnterprise(db: Db, ownerUserId: number): EnterpriseRef {
  const select = db.prepare(
    "SELECT id, template_version AS templateVersion, mentor_user_id AS mentorUserId FROM enterprise WHERE owner_user_id = ?",
  );
  const existing = select.get(ownerUserId) as EnterpriseRef | undefined;
  if (existing) return existing;
  return db.transaction(() => {
    const now = nowSeconds();
    db.prepare(
      `INSERT INTO enterprise (owner_user_id, template_version, whatsapp, created_at, updated_at)
       SELECT id, ?, phone, ?, ? FROM user WHERE id = ? AND role = 'owner'`,
    ).run(latestTemplateVersion(db), now, now, ownerUserId);
    const created = select.get(ownerUserId) as EnterpriseRef | undefined;
    if (!created) throw new Error(`user ${ownerUserId} is not an owner`);
    return created;
  })();
}

export function storedTaskStatuses(db: Db, enterpriseId: number): Partial<Record<TaskKey, StoredTaskStatus>> {
  const rows = db.prepare("SELECT task_key, status FROM enterprise_task WHERE enterprise_id = ?").all(enterpriseId) as {
    task_key: TaskKey;
    status: StoredTaskStatus;
  }[];
  return Object.fromEntries(rows.map((r) => [r.task_key, r.status]));
}

export function loadJourney(db: Db, enterprise: EnterpriseRef) {
  const template = getJourneyTemplate(db, enterprise.templateVersion);
  const states = taskStates(template, storedTaskStatuses(db, enterprise.id));
  return { template, states, summary: summarize(states) };
}

export type TaskRecord = {
  status: StoredTaskStatus;
  answers: unknown;
  reviewComment: string | null;
  submittedAt: number | null;
};

export function getTaskRecord(db: Db, enterpriseId: number, taskKey: TaskKey): TaskRecord | null {
  const row = db
    .prepare(
      "SELECT status, answers, review_comment, submitted_at FROM enterprise_task WHERE enterprise_id = ? AND task_key = ?",
    )
    .get(enterpriseId, taskKey) as
    | { status: StoredTaskStatus; answers: string | null; review_comment: string | null; submitted_at: number | null }
    | undefined;
  if (!row) return null;
  return {
    status: row.status,
    answers: row.answers ? JSON.parse(row.answers) : null,
    reviewComment: row.review_comment,
    submittedAt: row.submitted_at,
  };
}

export type TaskSave = {
  enterpriseId: number;
  taskKey: TaskKey;
  actorUserId: number;
  /** draft keeps it in progress; finish sends it for review or marks it done. */
  mode: "draft" | "finish";
  needsReview: boolean;
  answers: unknown;
};

/**
 * Records a save of a task: its new status and an event with the answers as they were.
 * Call inside the transaction that writes the answers themselves.
 */
export function recordTaskSave(db: Db, save: TaskSave): StoredTaskStatus {
  const now = nowSeconds();
  const status: StoredTaskStatus = save.mode === "draft" ? "in_progress" : save.needsReview ? "submitted" : "done";
  const answers = JSON.stringify(save.answers ?? null);
  const previous = db
    .prepare("SELECT status FROM enterprise_task WHERE enterprise_id = ? AND task_key = ?")
    .pluck()
    .get(save.enterpriseId, save.taskKey) as StoredTaskStatus | undefined;
  db.prepare(
    `INSERT INTO enterprise_task (enterprise_id, task_key, status, answers, submitted_at, updated_at)
     VALUES (@enterpriseId, @taskKey, @status, @answers, @submittedAt, @now)
     ON CONFLICT (enterprise_id, task_key) DO UPDATE SET
       status = excluded.status, answers = excluded.answers, updated_at = excluded.updated_at,
       submitted_at = CASE WHEN excluded.status = 'submitted' THEN excluded.submitted_at ELSE submitted_at END`,
  ).run({
    enterpriseId: save.enterpriseId,
    taskKey: save.taskKey,
    status,
    answers,
    submittedAt: status === "submitted" ? now : null,
    now,
  });
  db.prepare(
    `INSERT INTO task_event (enterprise_id, task_key, actor_user_id, action, status_after, snapshot, at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    save.enterpriseId,
    save.taskKey,
    save.actorUserId,
    save.mode === "draft" ? "save_draft" : save.needsReview ? "submit" : "complete",
    status,
    answers,
    now,
  );
  db.prepare("UPDATE enterprise SET updated_at = ? WHERE id = ?").run(now, save.enterpriseId);
  refreshEnterpriseSummary(db, save.enterpriseId, now);
  if (status === "submitted") {
    const mentor = db.prepare("SELECT mentor_user_id FROM enterprise WHERE id = ?").pluck().get(save.enterpriseId) as
      | number
      | null;
    if (mentor !== null && mentor !== save.actorUserId) {
      notify(db, {
        userId: mentor,
        kind:
          save.taskKey === "final_review"
            ? "graduation_requested"
            : previous === "changes_requested" || previous === "submitted"
              ? "resubmitted"
              : "submitted",
        enterpriseId: save.enterpriseId,
        taskKey: save.taskKey,
        actorUserId: save.actorUserId,
      });
    }
  }
  return status;
}

export function getMentorContact(db: Db, mentorUserId: number | null) {
  if (mentorUserId === null) return null;
  return (
    (db.prepare("SELECT full_name AS fullName, phone FROM user WHERE id = ? AND is_active = 1").get(mentorUserId) as
      | { fullName: string; phone: string | null }
      | undefined) ?? null
  );
}

/** Saves a task whose answers live only in its task row (a checklist), in one transaction. */
export function saveTaskAnswers(db: Db, save: TaskSave): StoredTaskStatus {
  return db.transaction(() => {
    const status = recordTaskSave(db, save);
    recordAudit(db, {
      actorUserId: save.actorUserId,
      action: save.mode === "draft" ? "task.save_draft" : "task.finish",
      subjectType: "enterprise",
      subjectId: save.enterpriseId,
      details: { task: save.taskKey },
    });
    return status;
  })();
}

export function enterpriseCategories(db: Db, enterpriseId: number): ProductCategory[] {
  return db
    .prepare("SELECT category FROM enterprise_category WHERE enterprise_id = ? ORDER BY category")
    .pluck()
    .all(enterpriseId) as ProductCategory[];
}

/**
 * A checklist task of the enterprise's own template version: its state, the items that
 * apply to the enterprise's product categories, and every task's title (for "first finish …").
 */
export function loadChecklistTask(db: Db, enterprise: EnterpriseRef, taskKey: TaskKey) {
  const journey = loadJourney(db, enterprise);
  const state = journey.states.find((s) => s.task.key === taskKey);
  if (!state) throw new Error(`template ${enterprise.templateVersion} has no ${taskKey} task`);
  const titles = new Map(journey.template.tasks.map((task) => [task.key, task.title]));
  const items = applicableItems(state.task, enterpriseCategories(db, enterprise.id));
  return { state, items, titles };
}
