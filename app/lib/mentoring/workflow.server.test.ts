// The mentor's workflow across modules: the owner's task saves keep the enterprise's summary and
// tell the mentor; the mentor's reviews tell the owner; the review queue, task threads,
// notifications, the staff view of an enterprise and impact records.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import type { Db } from "../db.server";
import { recordTaskSave } from "../journey/journey.server";
import { reviewTask } from "../journey/review.server";
import { countRows, createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import { listCaseload } from "./caseload.server";
import { addTaskComment, taskThread } from "./comments.server";
import { impactView, recordImpact } from "./impact.server";
import {
  listNotifications,
  markNotificationsRead,
  notify,
  unreadNotificationCount,
  NOTIFICATIONS_PER_PAGE,
} from "./notifications.server";
import { enterpriseForStaff, enterpriseTimeline, listReviewQueue } from "./record.server";
import { refreshEnterpriseSummary } from "./summary.server";
import { taskStates, type StoredTaskStatus } from "~/utils/journey/status";
import type { TaskKey } from "~/utils/journey/template-types";
import { enterpriseStage } from "~/utils/mentoring/stage";
import type { ImpactInput } from "~/utils/validation/mentoring";

const DAY = 24 * 60 * 60;
// 2026-03-15 10:00 WIB
const START = Date.UTC(2026, 2, 15, 3, 0, 0) / 1000;

type SummaryRow = {
  stage: string;
  progress_percent: number;
  tasks_waiting: number;
  nib: string | null;
  last_owner_activity_at: number | null;
  last_mentor_contact_at: number | null;
  last_activity_at: number | null;
  go_online_at: number | null;
};
type NotificationRow = {
  user_id: number;
  kind: string;
  enterprise_id: number;
  task_key: string | null;
  actor_user_id: number | null;
};

let db: Db;
let now: number;
let ownerId: number;
let enterpriseId: number;
let mentorId: number;

const mentor = () => ({ id: mentorId, role: "mentor" as const });
const owner = () => ({ id: ownerId, role: "owner" as const });

/** Moves the clock on, so each step has its own second. */
function tick(seconds = 60): number {
  now += seconds;
  vi.setSystemTime(now * 1000);
  return now;
}

function summary(id = enterpriseId): SummaryRow {
  return db
    .prepare(
      `SELECT stage, progress_percent, tasks_waiting, nib, last_owner_activity_at, last_mentor_contact_at,
              last_activity_at, go_online_at FROM enterprise WHERE id = ?`,
    )
    .get(id) as SummaryRow;
}
function notificationsOf(userId: number): NotificationRow[] {
  return db
    .prepare(
      "SELECT user_id, kind, enterprise_id, task_key, actor_user_id FROM notification WHERE user_id = ? ORDER BY id",
    )
    .all(userId) as NotificationRow[];
}
const kindsOf = (userId: number) => notificationsOf(userId).map((n) => n.kind);

function save(
  taskKey: TaskKey,
  mode: "draft" | "finish",
  answers: unknown = { note: taskKey },
  enterprise = enterpriseId,
  actor = ownerId,
) {
  const needsReview = JOURNEY_TEMPLATE.tasks.find((t) => t.key === taskKey)?.needsReview ?? true;
  return recordTaskSave(db, { enterpriseId: enterprise, taskKey, actorUserId: actor, mode, needsReview, answers });
}
/** Puts a task straight into a stored status with SQL (no events, no summary). */
function setStatus(taskKey: TaskKey, status: StoredTaskStatus, enterprise = enterpriseId): void {
  db.prepare(
    `INSERT INTO enterprise_task (enterprise_id, task_key, status, answers, updated_at) VALUES (?, ?, ?, '{}', ?)
     ON CONFLICT (enterprise_id, task_key) DO UPDATE SET status = excluded.status`,
  ).run(enterprise, taskKey, status, now);
}
function assign(mentor: number | null, enterprise = enterpriseId): void {
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentor, enterprise);
}
/** Another owner's enterprise, optionally in a mentor's caseload. */
function otherEnterprise(mentor: number | null, fullName?: string): { ownerId: number; id: number } {
  const created = insertTestEnterprise(db, fullName ? { fullName } : {});
  assign(mentor, created.enterprise.id);
  return { ownerId: created.ownerId, id: created.enterprise.id };
}

beforeEach(async () => {
  now = START;
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now * 1000);
  db = await createJourneyTestDb();
  const created = insertTestEnterprise(db, { fullName: "Siti Aminah" });
  ownerId = created.ownerId;
  enterpriseId = created.enterprise.id;
  db.prepare("UPDATE enterprise SET name = 'Keripik Bu Siti' WHERE id = ?").run(enterpriseId);
  mentorId = insertTestUser(db, { role: "mentor", fullName: "Pendamping Rina" });
  assign(mentorId);
});

afterEach(() => {
  vi.useRealTimers();
});

// ── enterpriseStage ──────────────────────────────────────────────────────────────────────

describe("enterpriseStage", () => {
  const stage = (stored: Partial<Record<TaskKey, StoredTaskStatus>>, goOnline = false) =>
    enterpriseStage(JOURNEY_TEMPLATE, taskStates(JOURNEY_TEMPLATE, stored), goOnline);

  it("starts at the business basics", () => {
    expect(stage({})).toBe("usaha");
    expect(stage({ profile: "in_progress" })).toBe("usaha");
    expect(stage({ profile: "done" })).toBe("usaha");
    expect(stage({ profile: "done", legality: "changes_requested" })).toBe("usaha");
  });

  it("counts a task sent for review as finished", () => {
    expect(stage({ profile: "submitted", legality: "submitted" })).toBe("merek");
    expect(stage({ profile: "done", legality: "done", brand: "done", ip: "submitted" })).toBe("produk");
  });

  it("moves through each step", () => {
    const done = (...keys: TaskKey[]) => Object.fromEntries(keys.map((k) => [k, "done"])) as Record<TaskKey, "done">;
    expect(stage(done("profile", "legality", "brand"))).toBe("merek");
    expect(stage(done("profile", "legality", "brand", "ip"))).toBe("produk");
    expect(stage(done("profile", "legality", "brand", "ip", "products"))).toBe("online");
    expect(stage(done("profile", "legality", "brand", "ip", "products", "channels"))).toBe("selesai");
    expect(
      stage({ ...done("profile", "legality", "brand", "ip", "products", "channels"), final_review: "submitted" }),
    ).toBe("selesai");
    expect(stage(done("profile", "legality", "brand", "ip", "products", "channels", "final_review"))).toBe("selesai");
  });

  it("is the first open step, even when later steps are finished", () => {
    expect(stage({ profile: "done", legality: "in_progress", brand: "done", ip: "done", products: "done" })).toBe(
      "usaha",
    );
  });

  it("is go_online once the mentor confirmed it, whatever the tasks", () => {
    expect(stage({}, true)).toBe("go_online");
    expect(stage({ profile: "changes_requested" }, true)).toBe("go_online");
  });
});

// ── The owner's saves and the mentor's reviews ───────────────────────────────────────────

describe("task saves and reviews keep the summary and tell the other side", () => {
  it("follows a task from draft through changes to approval", () => {
    expect(summary()).toMatchObject({
      stage: "usaha",
      progress_percent: 0,
      tasks_waiting: 0,
      last_owner_activity_at: null,
    });

    // the owner drafts: activity, but nobody is told
    const drafted = tick();
    expect(save("profile", "draft")).toBe("in_progress");
    expect(summary()).toMatchObject({
      stage: "usaha",
      progress_percent: 0,
      tasks_waiting: 0,
      last_owner_activity_at: drafted,
      last_activity_at: drafted,
    });
    expect(countRows(db, "notification")).toBe(0);

    // the owner sends it for review: the mentor is told
    const submitted = tick();
    expect(save("profile", "finish")).toBe("submitted");
    expect(summary()).toMatchObject({
      stage: "usaha",
      progress_percent: 0,
      tasks_waiting: 1,
      last_owner_activity_at: submitted,
      last_activity_at: submitted,
    });
    expect(notificationsOf(mentorId)).toEqual([
      {
        user_id: mentorId,
        kind: "submitted",
        enterprise_id: enterpriseId,
        task_key: "profile",
        actor_user_id: ownerId,
      },
    ]);
    expect(kindsOf(ownerId)).toEqual([]);

    // the mentor asks for changes: the owner is told, nothing waits any more
    const reviewed = tick();
    expect(
      reviewTask(db, mentor(), enterpriseId, "profile", { decision: "request_changes", comment: "Lengkapi alamat." }),
    ).toEqual({ ok: true });
    expect(summary()).toMatchObject({
      tasks_waiting: 0,
      progress_percent: 0,
      last_owner_activity_at: submitted,
      last_mentor_contact_at: reviewed,
      last_activity_at: reviewed,
    });
    expect(notificationsOf(ownerId)).toEqual([
      {
        user_id: ownerId,
        kind: "changes_requested",
        enterprise_id: enterpriseId,
        task_key: "profile",
        actor_user_id: mentorId,
      },
    ]);

    // the owner sends it again: a resubmission
    const resubmitted = tick();
    save("profile", "finish");
    expect(kindsOf(mentorId)).toEqual(["submitted", "resubmitted"]);
    expect(summary()).toMatchObject({ tasks_waiting: 1, last_owner_activity_at: resubmitted });

    // approved: the owner is told, progress moves
    const approved = tick();
    expect(reviewTask(db, mentor(), enterpriseId, "profile", { decision: "approve" })).toEqual({ ok: true });
    expect(kindsOf(ownerId)).toEqual(["changes_requested", "approved"]);
    expect(summary()).toMatchObject({
      stage: "usaha",
      tasks_waiting: 0,
      progress_percent: 14, // 1 of 7 required tasks
      last_mentor_contact_at: approved,
      last_activity_at: approved,
      go_online_at: null,
    });
  });

  it("calls a second send of a task still waiting a resubmission", () => {
    save("legality", "finish");
    tick();
    save("legality", "finish");
    expect(kindsOf(mentorId)).toEqual(["submitted", "resubmitted"]);
    expect(summary().tasks_waiting).toBe(1);
  });

  it("does not tell the mentor about drafts or tasks without review", () => {
    save("profile", "draft");
    expect(save("brand", "finish")).toBe("done");
    expect(countRows(db, "notification")).toBe(0);
  });

  it("tells nobody when the enterprise has no mentor yet, but keeps the summary", () => {
    assign(null);
    save("profile", "finish");
    expect(countRows(db, "notification")).toBe(0);
    expect(summary().tasks_waiting).toBe(1);
  });

  it("counts every task waiting, and the stage moves past tasks sent for review", () => {
    save("profile", "finish");
    save("legality", "finish");
    expect(summary()).toMatchObject({ stage: "merek", tasks_waiting: 2, progress_percent: 0 });
    save("brand", "finish");
    save("ip", "finish");
    expect(summary()).toMatchObject({ stage: "produk", tasks_waiting: 3, progress_percent: 14 });
    reviewTask(db, mentor(), enterpriseId, "legality", { decision: "approve" });
    expect(summary()).toMatchObject({ stage: "produk", tasks_waiting: 2, progress_percent: 29 });
  });

  it("asks for graduation, and graduates: go_online, 100 %, the owner told", () => {
    for (const key of ["profile", "legality", "brand", "ip", "products", "channels"] as const) setStatus(key, "done");
    tick();
    save("final_review", "finish");
    expect(kindsOf(mentorId)).toEqual(["graduation_requested"]);
    expect(summary()).toMatchObject({ stage: "selesai", tasks_waiting: 1, progress_percent: 86 });

    const graduated = tick();
    expect(reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "approve" })).toEqual({ ok: true });
    expect(kindsOf(ownerId)).toEqual(["graduated"]);
    expect(summary()).toMatchObject({
      stage: "go_online",
      tasks_waiting: 0,
      progress_percent: 100,
      go_online_at: graduated,
    });
  });

  it("an administrator's review tells the owner too", () => {
    const adminId = insertTestUser(db, { role: "admin", fullName: "Admin" });
    save("profile", "finish");
    reviewTask(db, { id: adminId, role: "admin" }, enterpriseId, "profile", { decision: "approve" });
    expect(notificationsOf(ownerId)).toEqual([
      { user_id: ownerId, kind: "approved", enterprise_id: enterpriseId, task_key: "profile", actor_user_id: adminId },
    ]);
  });

  it("a refused review tells nobody and changes nothing", () => {
    const strangerId = insertTestUser(db, { role: "mentor" });
    save("profile", "finish");
    const before = { summary: summary(), notifications: countRows(db, "notification") };
    expect(
      reviewTask(db, { id: strangerId, role: "mentor" }, enterpriseId, "profile", { decision: "approve" }),
    ).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    expect(reviewTask(db, mentor(), enterpriseId, "brand", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notSubmitted",
    });
    expect({ summary: summary(), notifications: countRows(db, "notification") }).toEqual(before);
  });

  it("keeps the NIB of the legality answers for the mentor's search", () => {
    save("legality", "finish", { nib: { status: "have", number: "9120001234567" } });
    expect(summary().nib).toBe("9120001234567");
    const clock = { now, today: "2026-03-15", stalledDays: 14 };
    const filters = {
      view: "all",
      stage: null,
      province: null,
      regency: null,
      category: null,
      size: null,
      q: "9120001",
      sort: "name",
      page: 1,
    } as const;
    expect(listCaseload(db, mentorId, filters, clock).rows.map((r) => r.id)).toEqual([enterpriseId]);

    // a number that is not a NIB is not kept
    save("legality", "draft", { nib: { status: "have", number: "12345" } });
    expect(summary().nib).toBeNull();
    save("legality", "draft", { nib: { status: "in_progress" } });
    expect(summary().nib).toBeNull();
  });

  it("refreshEnterpriseSummary ignores an unknown enterprise", () => {
    expect(() => refreshEnterpriseSummary(db, 99_999)).not.toThrow();
  });

  it("refreshEnterpriseSummary without owner activity keeps the last activity it had", () => {
    const active = tick();
    save("profile", "draft");
    tick(DAY);
    refreshEnterpriseSummary(db, enterpriseId);
    expect(summary()).toMatchObject({ last_owner_activity_at: active, last_activity_at: active });
  });
});

// ── The review queue ─────────────────────────────────────────────────────────────────────

describe("listReviewQueue", () => {
  it("lists the mentor's waiting tasks, oldest first, and only theirs", () => {
    const b = otherEnterprise(mentorId, "Budi Santoso");
    const foreignMentor = insertTestUser(db, { role: "mentor" });
    const foreign = otherEnterprise(foreignMentor, "Orang Lain");

    save("profile", "finish"); // enterprise A
    save("profile", "finish", {}, b.id, b.ownerId);
    save("legality", "finish", {}, b.id, b.ownerId);
    save("profile", "finish", {}, foreign.id, foreign.ownerId);
    const submittedAt = (enterprise: number, task: TaskKey, at: number) =>
      db
        .prepare("UPDATE enterprise_task SET submitted_at = ? WHERE enterprise_id = ? AND task_key = ?")
        .run(at, enterprise, task);
    submittedAt(enterpriseId, "profile", START - 1 * DAY);
    submittedAt(b.id, "profile", START - 3 * DAY);
    submittedAt(b.id, "legality", START - 2 * DAY);
    submittedAt(foreign.id, "profile", START - 10 * DAY);

    const queue = listReviewQueue(db, mentorId);
    expect(queue.total).toBe(3);
    expect(queue.rows).toEqual([
      {
        enterpriseId: b.id,
        enterpriseName: null,
        ownerName: "Budi Santoso",
        regencyName: null,
        taskKey: "profile",
        submittedAt: START - 3 * DAY,
        resubmission: 0,
      },
      expect.objectContaining({ enterpriseId: b.id, taskKey: "legality", submittedAt: START - 2 * DAY }),
      expect.objectContaining({
        enterpriseId,
        enterpriseName: "Keripik Bu Siti",
        ownerName: "Siti Aminah",
        taskKey: "profile",
        submittedAt: START - DAY,
      }),
    ]);
    expect(listReviewQueue(db, foreignMentor).rows.map((r) => r.enterpriseId)).toEqual([foreign.id]);
  });

  it("marks a task sent again after changes as a resubmission, and drops decided tasks", () => {
    save("profile", "finish");
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "request_changes", comment: "Perbaiki." });
    expect(listReviewQueue(db, mentorId)).toEqual({ rows: [], total: 0 });
    tick();
    save("profile", "finish");
    expect(listReviewQueue(db, mentorId).rows).toEqual([
      expect.objectContaining({ taskKey: "profile", resubmission: 1 }),
    ]);
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "approve" });
    expect(listReviewQueue(db, mentorId)).toEqual({ rows: [], total: 0 });
  });

  it("pages by 25", () => {
    for (let i = 0; i < 26; i++) {
      const e = otherEnterprise(mentorId);
      save("profile", "finish", {}, e.id, e.ownerId);
    }
    expect(listReviewQueue(db, mentorId, 1)).toMatchObject({ total: 26 });
    expect(listReviewQueue(db, mentorId, 1).rows).toHaveLength(25);
    expect(listReviewQueue(db, mentorId, 2).rows).toHaveLength(1);
    expect(listReviewQueue(db, mentorId, 0).rows).toHaveLength(25);
  });
});

// ── Task threads and comments ────────────────────────────────────────────────────────────

describe("taskThread and addTaskComment", () => {
  it("shows submissions, decisions and messages in order, without drafts", () => {
    tick();
    save("profile", "draft");
    tick();
    save("profile", "finish");
    tick();
    expect(addTaskComment(db, mentor(), enterpriseId, "profile", "Alamatnya kurang lengkap?")).toBe(true);
    tick();
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "request_changes", comment: "Lengkapi alamat." });
    tick();
    expect(addTaskComment(db, owner(), enterpriseId, "profile", "Sudah saya lengkapi.")).toBe(true);
    tick();
    save("profile", "draft");
    tick();
    save("profile", "finish");
    tick();
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "approve" });
    // other tasks and other enterprises stay out
    tick();
    save("legality", "finish");
    tick();
    addTaskComment(db, owner(), enterpriseId, "legality", "Ini NIB saya.");
    const other = otherEnterprise(mentorId);
    save("profile", "finish", {}, other.id, other.ownerId);

    const thread = taskThread(db, enterpriseId, "profile");
    expect(thread.map((e) => [e.kind, e.authorName, e.authorRole, e.body])).toEqual([
      ["submit", "Siti Aminah", "owner", null],
      ["comment", "Pendamping Rina", "mentor", "Alamatnya kurang lengkap?"],
      ["request_changes", "Pendamping Rina", "mentor", "Lengkapi alamat."],
      ["comment", "Siti Aminah", "owner", "Sudah saya lengkapi."],
      ["submit", "Siti Aminah", "owner", null],
      ["approve", "Pendamping Rina", "mentor", null],
    ]);
    const times = thread.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(taskThread(db, enterpriseId, "legality").map((e) => e.kind)).toEqual(["submit", "comment"]);
    expect(taskThread(db, enterpriseId, "brand")).toEqual([]);
  });

  // Entries of the same second are ordered by `seq`, which is task_event.id for events and
  // task_comment.id for messages: two unrelated counters. A message written after a submission
  // in the same second is shown before it whenever the event ids have run ahead.
  it("puts a submission before a message written in the same second, whatever the ids", () => {
    // task_event ids run ahead of task_comment ids; the tie rule must not depend on them.
    save("brand", "draft");
    save("brand", "draft");
    save("profile", "finish");
    addTaskComment(db, mentor(), enterpriseId, "profile", "Sebentar saya cek.");
    expect(taskThread(db, enterpriseId, "profile").map((e) => e.kind)).toEqual(["submit", "comment"]);
  });

  it("tells the other side of a message, and counts it as activity", () => {
    const ownerWrote = tick();
    addTaskComment(db, owner(), enterpriseId, "brand", "Bagaimana logonya?");
    expect(notificationsOf(mentorId)).toEqual([
      { user_id: mentorId, kind: "comment", enterprise_id: enterpriseId, task_key: "brand", actor_user_id: ownerId },
    ]);
    expect(summary()).toMatchObject({ last_owner_activity_at: ownerWrote, last_activity_at: ownerWrote });

    const mentorWrote = tick();
    addTaskComment(db, mentor(), enterpriseId, "brand", "Sudah bagus.");
    expect(notificationsOf(ownerId)).toEqual([
      { user_id: ownerId, kind: "comment", enterprise_id: enterpriseId, task_key: "brand", actor_user_id: mentorId },
    ]);
    expect(summary()).toMatchObject({ last_mentor_contact_at: mentorWrote, last_activity_at: mentorWrote });
  });

  it("lets an owner without a mentor write, telling nobody", () => {
    assign(null);
    expect(addTaskComment(db, owner(), enterpriseId, "profile", "Halo?")).toBe(true);
    expect(countRows(db, "task_comment")).toBe(1);
    expect(countRows(db, "notification")).toBe(0);
  });

  it("refuses a stranger, and writes nothing", () => {
    const other = otherEnterprise(null);
    const strangerMentor = insertTestUser(db, { role: "mentor" });
    const adminId = insertTestUser(db, { role: "admin" });
    const before = {
      comments: countRows(db, "task_comment"),
      notifications: countRows(db, "notification"),
      audits: countRows(db, "audit_log"),
      summary: summary(),
    };
    expect(addTaskComment(db, { id: other.ownerId, role: "owner" }, enterpriseId, "profile", "Hai")).toBe(false);
    expect(addTaskComment(db, { id: strangerMentor, role: "mentor" }, enterpriseId, "profile", "Hai")).toBe(false);
    expect(addTaskComment(db, { id: adminId, role: "admin" }, enterpriseId, "profile", "Hai")).toBe(false);
    // the right id with the wrong role
    expect(addTaskComment(db, { id: ownerId, role: "mentor" }, enterpriseId, "profile", "Hai")).toBe(false);
    expect(addTaskComment(db, { id: mentorId, role: "owner" }, enterpriseId, "profile", "Hai")).toBe(false);
    expect(addTaskComment(db, owner(), 99_999, "profile", "Hai")).toBe(false);
    expect({
      comments: countRows(db, "task_comment"),
      notifications: countRows(db, "notification"),
      audits: countRows(db, "audit_log"),
      summary: summary(),
    }).toEqual(before);
  });
});

// ── Notifications ────────────────────────────────────────────────────────────────────────

describe("notifications", () => {
  it("marks only the user's own notifications read", () => {
    save("profile", "finish"); // mentor: submitted
    tick();
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "request_changes", comment: "Perbaiki." }); // owner
    tick();
    save("profile", "finish"); // mentor: resubmitted
    tick();
    addTaskComment(db, mentor(), enterpriseId, "profile", "Terima kasih."); // owner: comment

    const mentorIds = db
      .prepare("SELECT id FROM notification WHERE user_id = ? ORDER BY id")
      .pluck()
      .all(mentorId) as number[];
    const ownerIds = db
      .prepare("SELECT id FROM notification WHERE user_id = ? ORDER BY id")
      .pluck()
      .all(ownerId) as number[];
    expect(mentorIds).toHaveLength(2);
    expect(ownerIds).toHaveLength(2);
    expect(unreadNotificationCount(db, mentorId)).toBe(2);
    expect(unreadNotificationCount(db, ownerId)).toBe(2);

    // the owner cannot mark the mentor's notification
    expect(markNotificationsRead(db, ownerId, mentorIds[0]!)).toBe(0);
    expect(unreadNotificationCount(db, mentorId)).toBe(2);

    // one of their own
    expect(markNotificationsRead(db, ownerId, ownerIds[0]!)).toBe(1);
    expect(markNotificationsRead(db, ownerId, ownerIds[0]!)).toBe(0);
    expect(unreadNotificationCount(db, ownerId)).toBe(1);

    // all of their own, and nobody else's
    expect(markNotificationsRead(db, mentorId, "all")).toBe(2);
    expect(unreadNotificationCount(db, mentorId)).toBe(0);
    expect(unreadNotificationCount(db, ownerId)).toBe(1);
    expect(markNotificationsRead(db, mentorId, "all")).toBe(0);
  });

  it("lists a user's notifications newest first, with names, a page at a time", () => {
    const adminId = insertTestUser(db, { role: "admin" });
    for (let i = 0; i < NOTIFICATIONS_PER_PAGE + 2; i++) {
      tick();
      notify(db, { userId: mentorId, kind: "comment", enterpriseId, taskKey: "profile", actorUserId: ownerId });
    }
    notify(db, { userId: adminId, kind: "comment", enterpriseId, actorUserId: ownerId });
    const first = listNotifications(db, mentorId);
    expect(first.total).toBe(NOTIFICATIONS_PER_PAGE + 2);
    expect(first.rows).toHaveLength(NOTIFICATIONS_PER_PAGE);
    expect(first.rows[0]).toEqual({
      id: expect.any(Number),
      kind: "comment",
      enterpriseId,
      enterpriseName: "Keripik Bu Siti",
      taskKey: "profile",
      actorName: "Siti Aminah",
      createdAt: now,
      readAt: null,
    });
    const times = first.rows.map((r) => r.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(listNotifications(db, mentorId, 2).rows).toHaveLength(2);
  });
});

// ── The staff view of an enterprise ──────────────────────────────────────────────────────

describe("enterpriseForStaff", () => {
  beforeEach(() => {
    db.prepare(
      "INSERT INTO region (code, level, parent_code, name) VALUES ('32', 'province', NULL, 'Jawa Barat')",
    ).run();
    db.prepare(
      "INSERT INTO region (code, level, parent_code, name) VALUES ('32.05', 'regency', '32', 'Kabupaten Garut')",
    ).run();
    db.prepare("UPDATE enterprise SET province_code = '32', regency_code = '32.05' WHERE id = ?").run(enterpriseId);
  });

  it("gives the enterprise to its mentor", () => {
    tick();
    save("profile", "finish");
    const row = enterpriseForStaff(db, mentor(), enterpriseId);
    expect(row).toMatchObject({
      id: enterpriseId,
      templateVersion: 1,
      mentorUserId: mentorId,
      name: "Keripik Bu Siti",
      ownerUserId: ownerId,
      ownerName: "Siti Aminah",
      regencyName: "Kabupaten Garut",
      provinceName: "Jawa Barat",
      stage: "usaha",
      progressPercent: 0,
      tasksWaiting: 1,
      goOnlineAt: null,
      lastActivityAt: now,
      lastOwnerActivityAt: now,
      lastMentorContactAt: null,
      nextFollowUpOn: null,
      createdAt: START,
    });
  });

  it("gives the sign-up time as last activity before any", () => {
    expect(enterpriseForStaff(db, mentor(), enterpriseId)?.lastActivityAt).toBe(START);
  });

  it("gives it to an administrator", () => {
    const adminId = insertTestUser(db, { role: "admin" });
    expect(enterpriseForStaff(db, { id: adminId, role: "admin" }, enterpriseId)?.id).toBe(enterpriseId);
  });

  it("is null for another mentor, for the owner, and for an unknown enterprise", () => {
    const strangerId = insertTestUser(db, { role: "mentor" });
    expect(enterpriseForStaff(db, { id: strangerId, role: "mentor" }, enterpriseId)).toBeNull();
    expect(enterpriseForStaff(db, owner(), enterpriseId)).toBeNull();
    expect(enterpriseForStaff(db, mentor(), 99_999)).toBeNull();
    assign(null);
    expect(enterpriseForStaff(db, mentor(), enterpriseId)).toBeNull();
  });
});

// ── Impact ───────────────────────────────────────────────────────────────────────────────

describe("recordImpact and impactView", () => {
  const impact = (change: Partial<ImpactInput> = {}): ImpactInput => ({
    recordedOn: "2026-03-01",
    monthlyRevenue: null,
    employees: null,
    onlineChannels: null,
    firstOnlineSaleOn: null,
    ...change,
  });

  it("lets the owner record their own, as owner activity", () => {
    const at = tick();
    expect(recordImpact(db, owner(), enterpriseId, impact({ monthlyRevenue: 2_500_000 }))).toBe(true);
    expect(
      db
        .prepare(
          "SELECT enterprise_id, recorded_on, monthly_revenue_rupiah, entered_by, created_at FROM impact_snapshot",
        )
        .all(),
    ).toEqual([
      {
        enterprise_id: enterpriseId,
        recorded_on: "2026-03-01",
        monthly_revenue_rupiah: 2_500_000,
        entered_by: ownerId,
        created_at: at,
      },
    ]);
    expect(summary()).toMatchObject({ last_owner_activity_at: at, last_activity_at: at, last_mentor_contact_at: null });
  });

  it("lets the assigned mentor record, as mentor contact", () => {
    const at = tick();
    expect(recordImpact(db, mentor(), enterpriseId, impact({ employees: 4 }))).toBe(true);
    expect(summary()).toMatchObject({ last_mentor_contact_at: at, last_activity_at: at, last_owner_activity_at: null });
    expect(db.prepare("SELECT action FROM audit_log").pluck().all()).toEqual(["impact.record"]);
  });

  it("refuses anybody else, and writes nothing", () => {
    const other = otherEnterprise(null);
    const strangerMentor = insertTestUser(db, { role: "mentor" });
    const adminId = insertTestUser(db, { role: "admin" });
    const input = impact({ monthlyRevenue: 1 });
    expect(recordImpact(db, { id: other.ownerId, role: "owner" }, enterpriseId, input)).toBe(false);
    expect(recordImpact(db, { id: strangerMentor, role: "mentor" }, enterpriseId, input)).toBe(false);
    expect(recordImpact(db, { id: adminId, role: "admin" }, enterpriseId, input)).toBe(false);
    expect(recordImpact(db, { id: mentorId, role: "owner" }, enterpriseId, input)).toBe(false);
    expect(recordImpact(db, { id: ownerId, role: "mentor" }, enterpriseId, input)).toBe(false);
    expect(recordImpact(db, mentor(), other.id, input)).toBe(false);
    expect(recordImpact(db, owner(), 99_999, input)).toBe(false);
    expect(countRows(db, "impact_snapshot")).toBe(0);
    expect(countRows(db, "audit_log")).toBe(0);
  });

  it("shows the baseline and the latest known value of each figure", () => {
    db.prepare("UPDATE enterprise SET baseline_monthly_revenue_rupiah = 1500000, employees = 2 WHERE id = ?").run(
      enterpriseId,
    );
    for (const channel of ["offline_only", "whatsapp", "instagram"]) {
      db.prepare("INSERT INTO enterprise_baseline_channel (enterprise_id, channel) VALUES (?, ?)").run(
        enterpriseId,
        channel,
      );
    }
    recordImpact(
      db,
      owner(),
      enterpriseId,
      impact({
        recordedOn: "2026-01-10",
        monthlyRevenue: 3_000_000,
        employees: 2,
        onlineChannels: 1,
        firstOnlineSaleOn: "2026-01-05",
      }),
    );
    recordImpact(db, mentor(), enterpriseId, impact({ recordedOn: "2026-02-10", employees: 3 }));
    recordImpact(
      db,
      owner(),
      enterpriseId,
      impact({
        recordedOn: "2026-03-01",
        monthlyRevenue: 5_000_000,
        onlineChannels: 2,
        firstOnlineSaleOn: "2026-02-20",
      }),
    );
    // recorded later, about an earlier date
    recordImpact(
      db,
      mentor(),
      enterpriseId,
      impact({ recordedOn: "2025-12-01", monthlyRevenue: 900_000, employees: 9 }),
    );

    const view = impactView(db, enterpriseId);
    expect(view.baseline).toEqual({
      monthlyRevenueRupiah: 1_500_000,
      employees: 2,
      onlineChannels: 2,
      joinedAt: START,
    });
    expect(view.snapshots.map((s) => [s.recordedOn, s.enteredByName, s.enteredByRole])).toEqual([
      ["2026-03-01", "Siti Aminah", "owner"],
      ["2026-02-10", "Pendamping Rina", "mentor"],
      ["2026-01-10", "Siti Aminah", "owner"],
      ["2025-12-01", "Pendamping Rina", "mentor"],
    ]);
    expect(view.latest).toEqual({
      monthlyRevenueRupiah: 5_000_000,
      employees: 3,
      onlineChannels: 2,
      firstOnlineSaleOn: "2026-01-05",
    });
  });

  it("keeps a latest value of zero", () => {
    recordImpact(db, owner(), enterpriseId, impact({ recordedOn: "2026-01-01", onlineChannels: 3 }));
    recordImpact(db, owner(), enterpriseId, impact({ recordedOn: "2026-02-01", onlineChannels: 0 }));
    expect(impactView(db, enterpriseId).latest.onlineChannels).toBe(0);
  });

  it("is empty before any record", () => {
    const view = impactView(db, enterpriseId);
    expect(view.snapshots).toEqual([]);
    expect(view.latest).toEqual({
      monthlyRevenueRupiah: null,
      employees: null,
      onlineChannels: null,
      firstOnlineSaleOn: null,
    });
    expect(view.baseline).toEqual({ monthlyRevenueRupiah: null, employees: null, onlineChannels: 0, joinedAt: START });
  });
});

// ── The timeline ─────────────────────────────────────────────────────────────────────────

describe("enterpriseTimeline", () => {
  it("shows everything newest first, sessions by their date only (never private notes)", () => {
    tick();
    save("profile", "finish");
    tick();
    addTaskComment(db, mentor(), enterpriseId, "profile", "Pesan pendamping");
    tick();
    db.prepare(
      `INSERT INTO mentoring_session (enterprise_id, mentor_user_id, held_on, mode, duration_minutes, topics,
         shared_notes, private_notes, created_at, updated_at)
       VALUES (?, ?, '2026-03-14', 'telepon', 30, '["profile"]', 'Catatan bersama', 'RAHASIA pemilik', ?, ?)`,
    ).run(enterpriseId, mentorId, now, now);
    tick();
    recordImpact(db, owner(), enterpriseId, {
      recordedOn: "2026-03-15",
      monthlyRevenue: 1_000_000,
      employees: null,
      onlineChannels: null,
      firstOnlineSaleOn: null,
    });
    // another enterprise's events stay out
    const other = otherEnterprise(mentorId);
    save("profile", "finish", {}, other.id, other.ownerId);

    const timeline = enterpriseTimeline(db, enterpriseId);
    expect(timeline.map((e) => [e.kind, e.taskKey, e.actorName, e.detail])).toEqual([
      ["impact", null, "Siti Aminah", "2026-03-15"],
      ["session", null, "Pendamping Rina", "2026-03-14"],
      ["comment", "profile", "Pendamping Rina", "Pesan pendamping"],
      ["task.submit", "profile", "Siti Aminah", null],
    ]);
    expect(JSON.stringify(timeline)).not.toContain("RAHASIA");
    expect(enterpriseTimeline(db, enterpriseId, 2)).toHaveLength(2);
  });
});
