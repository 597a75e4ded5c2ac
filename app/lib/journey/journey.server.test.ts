import { beforeEach, describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import type { Db } from "../db.server";
import { countRows, createJourneyTestDb, createTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import type { JourneyTemplate } from "~/utils/journey/template-types";
import {
  ensureJourneyTemplate,
  getJourneyTemplate,
  getMentorContact,
  getOrCreateEnterprise,
  getTaskRecord,
  latestTemplateVersion,
  loadJourney,
  recordTaskSave,
  storedTaskStatuses,
} from "./journey.server";

type EnterpriseRow = {
  id: number;
  owner_user_id: number;
  template_version: number;
  whatsapp: string | null;
  name: string | null;
  created_at: number;
  updated_at: number;
};
type TaskRow = {
  status: string;
  answers: string | null;
  submitted_at: number | null;
  updated_at: number;
};
type EventRow = {
  enterprise_id: number;
  task_key: string;
  actor_user_id: number | null;
  action: string;
  status_after: string;
  snapshot: string | null;
  at: number;
};

let db: Db;

function enterpriseRow(id: number): EnterpriseRow | undefined {
  return db.prepare("SELECT * FROM enterprise WHERE id = ?").get(id) as EnterpriseRow | undefined;
}
function taskRow(enterpriseId: number, taskKey: string): TaskRow | undefined {
  return db
    .prepare("SELECT * FROM enterprise_task WHERE enterprise_id = ? AND task_key = ?")
    .get(enterpriseId, taskKey) as TaskRow | undefined;
}
function events(enterpriseId: number): EventRow[] {
  return db.prepare("SELECT * FROM task_event WHERE enterprise_id = ? ORDER BY id").all(enterpriseId) as EventRow[];
}

/** A copy of the current template published as version 2, with a new title for the profile. */
function version2(): JourneyTemplate {
  const copy = structuredClone(JOURNEY_TEMPLATE);
  copy.version = 2;
  const profile = copy.tasks.find((t) => t.key === "profile");
  if (!profile) throw new Error("no profile task");
  profile.title = { id: "Profil usaha (baru)", en: "Business profile (new)" };
  return copy;
}

beforeEach(async () => {
  db = await createJourneyTestDb();
});

describe("ensureJourneyTemplate", () => {
  it("publishes the current template once, however often it runs", () => {
    const fresh = createTestDb();
    expect(() => latestTemplateVersion(fresh)).toThrow(/no journey template/);
    ensureJourneyTemplate(fresh);
    ensureJourneyTemplate(fresh);
    ensureJourneyTemplate(fresh);
    const rows = fresh.prepare("SELECT version, content FROM journey_template").all() as {
      version: number;
      content: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.version).toBe(JOURNEY_TEMPLATE.version);
    expect(JSON.parse(rows[0]?.content ?? "null")).toEqual(JOURNEY_TEMPLATE);
    expect(latestTemplateVersion(fresh)).toBe(1);
  });

  it("never overwrites a published version", () => {
    const changed = { ...JOURNEY_TEMPLATE, steps: [] };
    ensureJourneyTemplate(db, changed);
    const content = db.prepare("SELECT content FROM journey_template WHERE version = 1").pluck().get() as string;
    expect(JSON.parse(content)).toEqual(JOURNEY_TEMPLATE);
  });

  it("adds a new version beside the old one", () => {
    ensureJourneyTemplate(db, version2());
    expect(db.prepare("SELECT version FROM journey_template ORDER BY version").pluck().all()).toEqual([1, 2]);
    expect(latestTemplateVersion(db)).toBe(2);
  });
});

describe("getJourneyTemplate", () => {
  it("returns the stored template", () => {
    expect(getJourneyTemplate(db, 1)).toEqual(JOURNEY_TEMPLATE);
  });

  it("throws for a version that is not published", () => {
    expect(() => getJourneyTemplate(db, 99)).toThrow(/version 99 is not published/);
  });
});

describe("getOrCreateEnterprise", () => {
  it("creates the owner's enterprise with the latest template and the owner's phone as WhatsApp", () => {
    const ownerId = insertTestUser(db, { phone: "+6281234567890" });
    const before = Math.floor(Date.now() / 1000);
    const enterprise = getOrCreateEnterprise(db, ownerId);
    expect(enterprise).toEqual({ id: expect.any(Number), templateVersion: 1, mentorUserId: null });
    const row = enterpriseRow(enterprise.id);
    expect(row).toMatchObject({ owner_user_id: ownerId, template_version: 1, whatsapp: "+6281234567890", name: null });
    expect(row?.created_at).toBeGreaterThanOrEqual(before);
  });

  it("returns the same enterprise on later calls", () => {
    const ownerId = insertTestUser(db);
    const first = getOrCreateEnterprise(db, ownerId);
    const second = getOrCreateEnterprise(db, ownerId);
    expect(second).toEqual(first);
    expect(countRows(db, "enterprise")).toBe(1);
  });

  it("gives each owner their own enterprise", () => {
    const a = getOrCreateEnterprise(db, insertTestUser(db));
    const b = getOrCreateEnterprise(db, insertTestUser(db));
    expect(a.id).not.toBe(b.id);
    expect(countRows(db, "enterprise")).toBe(2);
  });

  it("refuses mentors, admins and unknown users, and creates nothing", () => {
    const mentor = insertTestUser(db, { role: "mentor" });
    const admin = insertTestUser(db, { role: "admin" });
    expect(() => getOrCreateEnterprise(db, mentor)).toThrow(/not an owner/);
    expect(() => getOrCreateEnterprise(db, admin)).toThrow(/not an owner/);
    expect(() => getOrCreateEnterprise(db, 9999)).toThrow(/not an owner/);
    expect(countRows(db, "enterprise")).toBe(0);
  });

  it("fails when no template is published", () => {
    const fresh = createTestDb();
    const ownerId = insertTestUser(fresh);
    expect(() => getOrCreateEnterprise(fresh, ownerId)).toThrow(/no journey template/);
    expect(countRows(fresh, "enterprise")).toBe(0);
  });
});

describe("template versions", () => {
  it("keeps an enterprise on the version it started with; new owners get the latest", () => {
    const { enterprise: old } = insertTestEnterprise(db);
    expect(loadJourney(db, old).template.tasks[0]?.title.id).toBe("Profil usaha");

    ensureJourneyTemplate(db, version2());

    // The existing enterprise, read again from the database, still has version 1.
    const { owner_user_id } = enterpriseRow(old.id)!;
    const reread = getOrCreateEnterprise(db, owner_user_id);
    expect(reread.templateVersion).toBe(1);
    expect(getJourneyTemplate(db, 1).tasks[0]?.title.id).toBe("Profil usaha");
    expect(loadJourney(db, reread).template.version).toBe(1);
    expect(loadJourney(db, reread).template.tasks[0]?.title.en).toBe("Business profile");

    const { enterprise: fresh } = insertTestEnterprise(db);
    expect(fresh.templateVersion).toBe(2);
    const journey = loadJourney(db, fresh);
    expect(journey.template.version).toBe(2);
    expect(journey.template.tasks[0]?.title).toEqual({ id: "Profil usaha (baru)", en: "Business profile (new)" });
    expect(journey.states[0]?.task.title.id).toBe("Profil usaha (baru)");
  });
});

describe("recordTaskSave", () => {
  let ownerId: number;
  let enterpriseId: number;

  beforeEach(() => {
    const created = insertTestEnterprise(db);
    ownerId = created.ownerId;
    enterpriseId = created.enterprise.id;
  });

  it("keeps a draft in progress, without a submission time", () => {
    const answers = { name: "Keripik Bu Siti" };
    const status = recordTaskSave(db, {
      enterpriseId,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "draft",
      needsReview: true,
      answers,
    });
    expect(status).toBe("in_progress");
    const row = taskRow(enterpriseId, "profile");
    expect(row).toMatchObject({ status: "in_progress", submitted_at: null });
    expect(JSON.parse(row?.answers ?? "null")).toEqual(answers);
  });

  it("sends a finished task that needs review for review, with its submission time", () => {
    const before = Math.floor(Date.now() / 1000);
    const status = recordTaskSave(db, {
      enterpriseId,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: true,
      answers: { name: "x" },
    });
    expect(status).toBe("submitted");
    const row = taskRow(enterpriseId, "profile");
    expect(row?.status).toBe("submitted");
    expect(row?.submitted_at).toBeGreaterThanOrEqual(before);
    expect(row?.submitted_at).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });

  it("marks a finished task without review as done", () => {
    const status = recordTaskSave(db, {
      enterpriseId,
      taskKey: "brand",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: false,
      answers: { brandName: "Siti" },
    });
    expect(status).toBe("done");
    expect(taskRow(enterpriseId, "brand")).toMatchObject({ status: "done", submitted_at: null });
  });

  it("updates the one row of a task on each save and appends an event every time", () => {
    const save = (mode: "draft" | "finish", needsReview: boolean, answers: unknown, taskKey: "profile" | "brand") =>
      recordTaskSave(db, { enterpriseId, taskKey, actorUserId: ownerId, mode, needsReview, answers });
    save("draft", true, { name: "A" }, "profile");
    save("draft", true, { name: "AB" }, "profile");
    save("finish", true, { name: "ABC", categories: ["craft"] }, "profile");
    save("finish", false, { brandName: "Siti" }, "brand");

    expect(countRows(db, "enterprise_task", enterpriseId)).toBe(2);
    expect(JSON.parse(taskRow(enterpriseId, "profile")?.answers ?? "null")).toEqual({
      name: "ABC",
      categories: ["craft"],
    });

    const rows = events(enterpriseId);
    expect(
      rows.map((e) => ({
        task: e.task_key,
        actor: e.actor_user_id,
        action: e.action,
        statusAfter: e.status_after,
        snapshot: JSON.parse(e.snapshot ?? "undefined"),
      })),
    ).toEqual([
      { task: "profile", actor: ownerId, action: "save_draft", statusAfter: "in_progress", snapshot: { name: "A" } },
      { task: "profile", actor: ownerId, action: "save_draft", statusAfter: "in_progress", snapshot: { name: "AB" } },
      {
        task: "profile",
        actor: ownerId,
        action: "submit",
        statusAfter: "submitted",
        snapshot: { name: "ABC", categories: ["craft"] },
      },
      { task: "brand", actor: ownerId, action: "complete", statusAfter: "done", snapshot: { brandName: "Siti" } },
    ]);
  });

  it("records the acting user, who need not be the owner", () => {
    const mentor = insertTestUser(db, { role: "mentor" });
    recordTaskSave(db, {
      enterpriseId,
      taskKey: "legality",
      actorUserId: mentor,
      mode: "draft",
      needsReview: true,
      answers: {},
    });
    expect(events(enterpriseId)[0]?.actor_user_id).toBe(mentor);
  });

  it("keeps the first submission time when a submitted task is saved as a draft again", () => {
    recordTaskSave(db, {
      enterpriseId,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: true,
      answers: {},
    });
    db.prepare("UPDATE enterprise_task SET submitted_at = 1000 WHERE enterprise_id = ?").run(enterpriseId);
    recordTaskSave(db, {
      enterpriseId,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "draft",
      needsReview: true,
      answers: {},
    });
    expect(taskRow(enterpriseId, "profile")).toMatchObject({ status: "in_progress", submitted_at: 1000 });
  });

  it("stores null answers as JSON null", () => {
    recordTaskSave(db, {
      enterpriseId,
      taskKey: "ip",
      actorUserId: ownerId,
      mode: "draft",
      needsReview: true,
      answers: undefined,
    });
    expect(taskRow(enterpriseId, "ip")?.answers).toBe("null");
    expect(getTaskRecord(db, enterpriseId, "ip")?.answers).toBeNull();
  });

  it("touches the enterprise's updated_at", () => {
    db.prepare("UPDATE enterprise SET updated_at = 1 WHERE id = ?").run(enterpriseId);
    recordTaskSave(db, {
      enterpriseId,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "draft",
      needsReview: true,
      answers: {},
    });
    expect(enterpriseRow(enterpriseId)?.updated_at).toBeGreaterThan(1);
  });
});

describe("getTaskRecord", () => {
  it("is null for a task never saved, and returns the parsed answers otherwise", () => {
    const { ownerId, enterprise } = insertTestEnterprise(db);
    expect(getTaskRecord(db, enterprise.id, "profile")).toBeNull();
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: true,
      answers: { name: "Siti", capital: 25_000_000 },
    });
    expect(getTaskRecord(db, enterprise.id, "profile")).toEqual({
      status: "submitted",
      answers: { name: "Siti", capital: 25_000_000 },
      reviewComment: null,
      submittedAt: expect.any(Number),
    });
  });
});

describe("loadJourney", () => {
  it("starts with only the profile open", () => {
    const { enterprise } = insertTestEnterprise(db);
    const journey = loadJourney(db, enterprise);
    expect(journey.states.map((s) => s.status)).toEqual([
      "not_started",
      "cannot_start",
      "cannot_start",
      "cannot_start",
      "cannot_start",
      "cannot_start",
      "cannot_start",
    ]);
    expect(journey.summary).toMatchObject({ done: 0, total: 7, next: { task: { key: "profile" } } });
  });

  it("reflects the stored statuses of this enterprise only", () => {
    const { ownerId, enterprise } = insertTestEnterprise(db);
    const other = insertTestEnterprise(db);
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "profile",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: true,
      answers: {},
    });
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "brand",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: false,
      answers: {},
    });
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "legality",
      actorUserId: ownerId,
      mode: "draft",
      needsReview: true,
      answers: {},
    });
    db.prepare(
      "UPDATE enterprise_task SET status = 'changes_requested' WHERE enterprise_id = ? AND task_key = 'profile'",
    ).run(enterprise.id);

    expect(storedTaskStatuses(db, enterprise.id)).toEqual({
      profile: "changes_requested",
      brand: "done",
      legality: "in_progress",
    });
    const journey = loadJourney(db, enterprise);
    expect(Object.fromEntries(journey.states.map((s) => [s.task.key, s.status]))).toEqual({
      profile: "changes_requested",
      legality: "in_progress",
      brand: "done",
      ip: "not_started",
      products: "cannot_start",
      channels: "cannot_start",
      final_review: "cannot_start",
    });
    expect(journey.summary.done).toBe(1);
    expect(journey.summary.next?.task.key).toBe("profile");

    expect(storedTaskStatuses(db, other.enterprise.id)).toEqual({});
    expect(loadJourney(db, other.enterprise).summary.next?.task.key).toBe("profile");
  });
});

describe("getMentorContact", () => {
  it("returns an active mentor's name and phone, else null", () => {
    const mentor = insertTestUser(db, { role: "mentor", fullName: "Pak Budi", phone: "+6281311112222" });
    const gone = insertTestUser(db, { role: "mentor", isActive: false });
    expect(getMentorContact(db, mentor)).toEqual({ fullName: "Pak Budi", phone: "+6281311112222" });
    expect(getMentorContact(db, gone)).toBeNull();
    expect(getMentorContact(db, null)).toBeNull();
  });
});
