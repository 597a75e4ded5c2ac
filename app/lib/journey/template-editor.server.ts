import { createHash } from "node:crypto";
import { recordAudit } from "../audit.server";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { getJourneyTemplate, latestTemplateVersion } from "./journey.server";
import { applyTaskEdit, templateChanges, templateStructure, type TaskEdit } from "~/utils/journey/template-edit";
import type { JourneyTemplate, TaskKey } from "~/utils/journey/template-types";

export type Actor = { userId: number; ip?: string | null };

export type TemplateDraft = {
  baseVersion: number;
  template: JourneyTemplate;
  updatedAt: number;
  updatedByName: string | null;
  /** SHA-256 of the stored content: the publish form sends it back, so a draft changed meanwhile is not published unseen. */
  hash: string;
};

function hashOf(content: string): string {
  return createHash("sha256").update(content).digest("hex");
}

export function getTemplateDraft(db: Db): TemplateDraft | null {
  const row = db
    .prepare(
      `SELECT d.base_version AS baseVersion, d.content, d.updated_at AS updatedAt, u.full_name AS updatedByName
         FROM journey_template_draft d LEFT JOIN user u ON u.id = d.updated_by WHERE d.id = 1`,
    )
    .get() as { baseVersion: number; content: string; updatedAt: number; updatedByName: string | null } | undefined;
  if (!row) return null;
  return {
    baseVersion: row.baseVersion,
    template: JSON.parse(row.content) as JourneyTemplate,
    updatedAt: row.updatedAt,
    updatedByName: row.updatedByName,
    hash: hashOf(row.content),
  };
}

/**
 * What the editor shows: the draft when there is one, else the latest version (a first edit
 * makes the draft from it), the version it is based on, and the latest published version.
 */
export function editableTemplate(db: Db) {
  const draft = getTemplateDraft(db);
  const latest = latestTemplateVersion(db);
  const baseVersion = draft?.baseVersion ?? latest;
  const base = getJourneyTemplate(db, baseVersion);
  return { draft, latest, base, template: draft?.template ?? base };
}

export type TemplateVersionRow = {
  version: number;
  publishedAt: number;
  publishedByName: string | null;
  note: string | null;
  enterprises: number;
};

/** Published versions, newest first, a page at a time (the primary key orders them). */
export function listTemplateVersions(db: Db, page: number, pageSize = 20) {
  const total = db.prepare("SELECT count(*) FROM journey_template").pluck().get() as number;
  const rows = db
    .prepare(
      `SELECT t.version, t.published_at AS publishedAt, u.full_name AS publishedByName, t.note,
              t.enterprise_count AS enterprises
         FROM journey_template t LEFT JOIN user u ON u.id = t.published_by
        ORDER BY t.version DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ limit: pageSize, offset: (page - 1) * pageSize }) as TemplateVersionRow[];
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * Saves an edit of one task into the draft, making the draft from the latest version on the
 * first edit, with its audit entry, in one transaction.
 */
export function saveDraftTask(db: Db, actor: Actor, taskKey: TaskKey, edit: TaskEdit): void {
  db.transaction(() => {
    const { draft, base, template } = editableTemplate(db);
    const next = applyTaskEdit(template, taskKey, edit);
    if (templateStructure(next) !== templateStructure(base))
      throw new Error("a task edit changed the template's structure");
    const now = nowSeconds();
    db.prepare(
      `INSERT INTO journey_template_draft (id, base_version, content, updated_at, updated_by)
       VALUES (1, @baseVersion, @content, @now, @userId)
       ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    ).run({ baseVersion: base.version, content: JSON.stringify(next), now, userId: actor.userId });
    recordAudit(
      db,
      {
        actorUserId: actor.userId,
        action: draft ? "checklist.edit_task" : "checklist.start_draft",
        subjectType: "journey_template_draft",
        subjectId: base.version,
        ip: actor.ip,
        details: { task: taskKey },
      },
      now,
    );
  })();
}

/** Throws the draft away. False when there was none. */
export function discardDraft(db: Db, actor: Actor): boolean {
  return db.transaction(() => {
    const draft = getTemplateDraft(db);
    if (!draft) return false;
    db.prepare("DELETE FROM journey_template_draft WHERE id = 1").run();
    recordAudit(db, {
      actorUserId: actor.userId,
      action: "checklist.discard_draft",
      subjectType: "journey_template_draft",
      subjectId: draft.baseVersion,
      ip: actor.ip,
      details: { changedTasks: templateChanges(getJourneyTemplate(db, draft.baseVersion), draft.template).length },
    });
    return true;
  })();
}

export type PublishResult =
  | { ok: true; version: number }
  /**
   * noDraft: nothing to publish; changed: the draft is not the one the administrator reviewed;
   * outdated: a newer version was published after the draft was made; noChanges: it equals its base.
   */
  | { ok: false; reason: "noDraft" | "changed" | "outdated" | "noChanges" };

/**
 * Publishes the draft as the next version (the version inside its content too), with the
 * administrator and their note, removes the draft and records the audit entry, in one
 * transaction. New enterprises start on it; enterprises under way keep the version they have.
 */
export function publishDraft(db: Db, actor: Actor, input: { note: string; draftHash: string }): PublishResult {
  return db.transaction((): PublishResult => {
    const draft = getTemplateDraft(db);
    if (!draft) return { ok: false, reason: "noDraft" };
    if (draft.hash !== input.draftHash) return { ok: false, reason: "changed" };
    const latest = latestTemplateVersion(db);
    if (draft.baseVersion !== latest) return { ok: false, reason: "outdated" };
    const base = getJourneyTemplate(db, latest);
    const changes = templateChanges(base, draft.template);
    if (changes.length === 0) return { ok: false, reason: "noChanges" };
    if (templateStructure(draft.template) !== templateStructure(base))
      throw new Error("the draft's structure differs from its base version");
    const version = latest + 1;
    const now = nowSeconds();
    db.prepare(
      `INSERT INTO journey_template (version, content, published_at, published_by, note)
       VALUES (@version, @content, @now, @userId, @note)`,
    ).run({
      version,
      content: JSON.stringify({ ...draft.template, version }),
      now,
      userId: actor.userId,
      note: input.note,
    });
    db.prepare("DELETE FROM journey_template_draft WHERE id = 1").run();
    recordAudit(
      db,
      {
        actorUserId: actor.userId,
        action: "checklist.publish",
        subjectType: "journey_template",
        subjectId: version,
        ip: actor.ip,
        details: { baseVersion: latest, note: input.note, changedTasks: changes.map((c) => c.key) },
      },
      now,
    );
    return { ok: true, version };
  })();
}
