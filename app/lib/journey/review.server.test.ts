import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { countRows, createJourneyTestDb, insertTestEnterprise, insertTestUser } from "../test-db.server";
import type { EnterpriseRef } from "./journey.server";
import { getTaskRecord, loadJourney, recordTaskSave, storedTaskStatuses } from "./journey.server";
import { reviewTask, type ReviewResult } from "./review.server";
import type { StoredTaskStatus } from "~/utils/journey/status";
import type { TaskKey } from "~/utils/journey/template-types";

type TaskRow = {
  status: string;
  answers: string | null;
  submitted_at: number | null;
  decided_at: number | null;
  decided_by: number | null;
  review_comment: string | null;
  updated_at: number;
};
type EventRow = {
  enterprise_id: number;
  task_key: string;
  actor_user_id: number | null;
  action: string;
  status_after: string;
  snapshot: string | null;
  comment: string | null;
  at: number;
};
type AuditRow = { action: string; actor_user_id: number; subject_type: string; subject_id: string; details: string };
type EnterpriseRow = { mentor_user_id: number | null; go_online_at: number | null; updated_at: number };

let db: Db;
let ownerId: number;
let enterprise: EnterpriseRef;
let enterpriseId: number;
let mentorId: number;

const mentor = () => ({ id: mentorId, role: "mentor" as const });

function taskRow(taskKey: TaskKey, enterprise = enterpriseId): TaskRow | undefined {
  return db
    .prepare(
      `SELECT status, answers, submitted_at, decided_at, decided_by, review_comment, updated_at
         FROM enterprise_task WHERE enterprise_id = ? AND task_key = ?`,
    )
    .get(enterprise, taskKey) as TaskRow | undefined;
}
function events(enterprise = enterpriseId): EventRow[] {
  return db
    .prepare(
      `SELECT enterprise_id, task_key, actor_user_id, action, status_after, snapshot, comment, at
         FROM task_event WHERE enterprise_id = ? ORDER BY id`,
    )
    .all(enterprise) as EventRow[];
}
function audits(): AuditRow[] {
  return db
    .prepare("SELECT action, actor_user_id, subject_type, subject_id, details FROM audit_log ORDER BY id")
    .all() as AuditRow[];
}
function enterpriseRow(id = enterpriseId): EnterpriseRow {
  return db
    .prepare("SELECT mentor_user_id, go_online_at, updated_at FROM enterprise WHERE id = ?")
    .get(id) as EnterpriseRow;
}
/** Everything reviewTask could write, to check that a refused decision writes nothing. */
function everything() {
  return {
    tasks: db.prepare("SELECT * FROM enterprise_task ORDER BY enterprise_id, task_key").all(),
    events: db.prepare("SELECT * FROM task_event ORDER BY id").all(),
    audits: db.prepare("SELECT * FROM audit_log ORDER BY id").all(),
    enterprises: db.prepare("SELECT * FROM enterprise ORDER BY id").all(),
  };
}

function assignMentor(userId: number | null, enterprise = enterpriseId): void {
  db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(userId, enterprise);
}
/** The owner sends a task for review, as the task pages do. */
function submit(taskKey: TaskKey, answers: unknown = { note: `answers of ${taskKey}` }, enterprise = enterpriseId) {
  return recordTaskSave(db, {
    enterpriseId: enterprise,
    taskKey,
    actorUserId: ownerId,
    mode: "finish",
    needsReview: true,
    answers,
  });
}
/** Puts a task straight into a stored status with SQL. */
function setStatus(taskKey: TaskKey, status: StoredTaskStatus): void {
  db.prepare(
    `INSERT INTO enterprise_task (enterprise_id, task_key, status, answers, updated_at) VALUES (?, ?, ?, '{}', ?)
     ON CONFLICT (enterprise_id, task_key) DO UPDATE SET status = excluded.status`,
  ).run(enterpriseId, taskKey, status, nowSeconds());
}
/** Every prerequisite of the final review approved (stored directly: no events). */
function approvePrerequisites(): void {
  for (const key of ["profile", "legality", "brand", "ip", "products", "channels"] as const) setStatus(key, "done");
}

function stateOf(taskKey: TaskKey) {
  const state = loadJourney(db, enterprise).states.find((s) => s.task.key === taskKey);
  if (!state) throw new Error(`no ${taskKey} state`);
  return state;
}

beforeEach(async () => {
  db = await createJourneyTestDb();
  const created = insertTestEnterprise(db);
  ownerId = created.ownerId;
  enterprise = created.enterprise;
  enterpriseId = enterprise.id;
  mentorId = insertTestUser(db, { role: "mentor", fullName: "Pendamping Rina" });
  assignMentor(mentorId);
});

describe("reviewTask: approving", () => {
  it("lets the enterprise's own mentor approve a submitted task: done, decided, history and audit", () => {
    const answers = { nib: { status: "have", number: "1234567890123" } };
    expect(submit("legality", answers)).toBe("submitted");
    const submittedAt = taskRow("legality")!.submitted_at;
    const before = nowSeconds();

    const result = reviewTask(db, mentor(), enterpriseId, "legality", { decision: "approve" });
    const after = nowSeconds();

    expect(result).toEqual({ ok: true } satisfies ReviewResult);
    const row = taskRow("legality")!;
    expect(row).toMatchObject({
      status: "done",
      decided_by: mentorId,
      review_comment: null,
      submitted_at: submittedAt,
    });
    expect(row.decided_at).toBeGreaterThanOrEqual(before);
    expect(row.decided_at).toBeLessThanOrEqual(after);
    expect(row.updated_at).toBe(row.decided_at);
    // The answers themselves are left as the owner sent them.
    expect(JSON.parse(row.answers!)).toEqual(answers);
    expect(getTaskRecord(db, enterpriseId, "legality")).toMatchObject({
      status: "done",
      answers,
      reviewComment: null,
    });

    const [submitted, approved, ...more] = events();
    expect(more).toEqual([]);
    expect(submitted).toMatchObject({ action: "submit", status_after: "submitted", actor_user_id: ownerId });
    expect(approved).toMatchObject({
      enterprise_id: enterpriseId,
      task_key: "legality",
      actor_user_id: mentorId,
      action: "approve",
      status_after: "done",
      comment: null,
      at: row.decided_at,
    });
    expect(JSON.parse(approved!.snapshot!)).toEqual(answers);

    expect(audits()).toEqual([
      {
        action: "review.approve",
        actor_user_id: mentorId,
        subject_type: "enterprise",
        subject_id: String(enterpriseId),
        details: JSON.stringify({ task: "legality" }),
      },
    ]);
  });

  it("touches the enterprise but does not make it Go Online for an ordinary task", () => {
    submit("profile");
    db.prepare("UPDATE enterprise SET updated_at = 0 WHERE id = ?").run(enterpriseId);
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "approve" });
    expect(enterpriseRow().go_online_at).toBeNull();
    expect(enterpriseRow().updated_at).toBeGreaterThan(0);
  });

  it("approving the final review makes the enterprise Go Online from now", () => {
    approvePrerequisites();
    submit("final_review", { enterpriseName: "Keripik Bu Siti" });
    const before = nowSeconds();
    expect(reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "approve" })).toEqual({ ok: true });
    const after = nowSeconds();

    const { go_online_at: goOnlineAt, updated_at: updatedAt } = enterpriseRow();
    expect(goOnlineAt).toBeGreaterThanOrEqual(before);
    expect(goOnlineAt).toBeLessThanOrEqual(after);
    expect(goOnlineAt).toBe(taskRow("final_review")!.decided_at);
    expect(updatedAt).toBe(goOnlineAt);
    expect(audits().map((a) => a.action)).toEqual(["review.approve"]);
  });

  it("records the reviewer's IP address with the decision", () => {
    submit("profile");
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "request_changes", comment: "Lagi" }, "203.0.113.7");
    submit("profile");
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "approve" }, "2001:db8::1");
    expect(db.prepare("SELECT action, ip FROM audit_log WHERE action LIKE 'review.%' ORDER BY id").all()).toEqual([
      { action: "review.request_changes", ip: "203.0.113.7" },
      { action: "review.approve", ip: "2001:db8::1" },
    ]);
  });

  it("does not change go_online_at of another enterprise", () => {
    const other = insertTestEnterprise(db);
    assignMentor(mentorId, other.enterprise.id);
    submit("final_review");
    reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "approve" });
    expect(enterpriseRow(other.enterprise.id).go_online_at).toBeNull();
  });

  it("cannot decide the same submission twice", () => {
    submit("channels");
    expect(reviewTask(db, mentor(), enterpriseId, "channels", { decision: "approve" })).toEqual({ ok: true });
    const written = everything();
    expect(
      reviewTask(db, mentor(), enterpriseId, "channels", { decision: "request_changes", comment: "Lagi" }),
    ).toEqual({ ok: false, reason: "notSubmitted" });
    expect(everything()).toEqual(written);
  });
});

describe("reviewTask: requesting changes", () => {
  const comment = "Nomor NIB belum lengkap, mohon periksa lagi di OSS.";

  it("sends the task back with the mentor's comment", () => {
    const answers = { nib: { status: "have", number: "123" } };
    submit("legality", answers);
    const before = nowSeconds();

    expect(reviewTask(db, mentor(), enterpriseId, "legality", { decision: "request_changes", comment })).toEqual({
      ok: true,
    });

    const row = taskRow("legality")!;
    expect(row).toMatchObject({ status: "changes_requested", decided_by: mentorId, review_comment: comment });
    expect(row.decided_at).toBeGreaterThanOrEqual(before);
    expect(getTaskRecord(db, enterpriseId, "legality")).toMatchObject({
      status: "changes_requested",
      reviewComment: comment,
      answers,
    });

    const last = events().at(-1)!;
    expect(last).toMatchObject({
      task_key: "legality",
      actor_user_id: mentorId,
      action: "request_changes",
      status_after: "changes_requested",
      comment,
    });
    expect(JSON.parse(last.snapshot!)).toEqual(answers);
    expect(events()).toHaveLength(2);

    expect(audits()).toEqual([
      {
        action: "review.request_changes",
        actor_user_id: mentorId,
        subject_type: "enterprise",
        subject_id: String(enterpriseId),
        details: JSON.stringify({ task: "legality" }),
      },
    ]);
  });

  it("requesting changes on the final review does not make the enterprise Go Online", () => {
    submit("final_review");
    reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "request_changes", comment: "Belum siap" });
    expect(taskRow("final_review")?.status).toBe("changes_requested");
    expect(enterpriseRow().go_online_at).toBeNull();
  });

  it("puts the task first in 'what to do next'", () => {
    submit("profile");
    submit("legality");
    reviewTask(db, mentor(), enterpriseId, "legality", { decision: "request_changes", comment });
    const { summary } = loadJourney(db, enterprise);
    expect(summary.next?.task.key).toBe("legality");
    expect(summary.next?.status).toBe("changes_requested");
  });

  it("lets the owner re-submit, and the mentor then approve", () => {
    submit("profile", { name: "Keripik Bu Siti", version: 1 });
    reviewTask(db, mentor(), enterpriseId, "profile", { decision: "request_changes", comment: "Omzet belum diisi" });
    expect(storedTaskStatuses(db, enterpriseId).profile).toBe("changes_requested");

    expect(submit("profile", { name: "Keripik Bu Siti", version: 2 })).toBe("submitted");
    expect(taskRow("profile")?.status).toBe("submitted");
    expect(stateOf("profile").status).toBe("submitted");

    expect(reviewTask(db, mentor(), enterpriseId, "profile", { decision: "approve" })).toEqual({ ok: true });
    expect(taskRow("profile")).toMatchObject({ status: "done", decided_by: mentorId, review_comment: null });
    expect(stateOf("profile").status).toBe("done");

    expect(events().map((e) => [e.action, e.status_after, e.comment])).toEqual([
      ["submit", "submitted", null],
      ["request_changes", "changes_requested", "Omzet belum diisi"],
      ["submit", "submitted", null],
      ["approve", "done", null],
    ]);
    // Each decision keeps the answers it was made on.
    expect(events().map((e) => JSON.parse(e.snapshot!).version)).toEqual([1, 1, 2, 2]);
    expect(audits().map((a) => a.action)).toEqual(["review.request_changes", "review.approve"]);
  });

  it("a re-submitted final review can be approved and makes the enterprise Go Online", () => {
    approvePrerequisites();
    submit("final_review");
    reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "request_changes", comment: "Foto kurang" });
    submit("final_review");
    expect(enterpriseRow().go_online_at).toBeNull();
    reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "approve" });
    expect(enterpriseRow().go_online_at).toEqual(expect.any(Number));
  });
});

describe("reviewTask: who may decide", () => {
  it("refuses a mentor who is not the enterprise's mentor, and writes nothing", () => {
    const otherMentor = insertTestUser(db, { role: "mentor" });
    // Even one who mentors another enterprise.
    const other = insertTestEnterprise(db);
    assignMentor(otherMentor, other.enterprise.id);
    submit("legality");
    const before = everything();

    expect(
      reviewTask(db, { id: otherMentor, role: "mentor" }, enterpriseId, "legality", { decision: "approve" }),
    ).toEqual({ ok: false, reason: "notAllowed" });
    expect(
      reviewTask(db, { id: otherMentor, role: "mentor" }, enterpriseId, "legality", {
        decision: "request_changes",
        comment: "Tidak boleh",
      }),
    ).toEqual({ ok: false, reason: "notAllowed" });

    expect(everything()).toEqual(before);
    expect(taskRow("legality")?.status).toBe("submitted");
    expect(countRows(db, "audit_log")).toBe(0);
  });

  it("refuses the enterprise's owner", () => {
    submit("legality");
    const before = everything();
    expect(reviewTask(db, { id: ownerId, role: "owner" }, enterpriseId, "legality", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    expect(everything()).toEqual(before);
  });

  it("refuses an owner even when their id is the enterprise's mentor id", () => {
    submit("legality");
    const before = everything();
    expect(reviewTask(db, { id: mentorId, role: "owner" }, enterpriseId, "legality", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    expect(everything()).toEqual(before);
  });

  it("refuses every mentor when the enterprise has no mentor", () => {
    assignMentor(null);
    submit("legality");
    const before = everything();
    expect(reviewTask(db, mentor(), enterpriseId, "legality", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    expect(everything()).toEqual(before);
  });

  it("lets an administrator decide, the enterprise's mentor or not", () => {
    const adminId = insertTestUser(db, { role: "admin" });
    submit("legality");
    submit("profile");
    assignMentor(null);

    expect(reviewTask(db, { id: adminId, role: "admin" }, enterpriseId, "legality", { decision: "approve" })).toEqual({
      ok: true,
    });
    expect(
      reviewTask(db, { id: adminId, role: "admin" }, enterpriseId, "profile", {
        decision: "request_changes",
        comment: "Alamat kurang lengkap",
      }),
    ).toEqual({ ok: true });

    expect(taskRow("legality")).toMatchObject({ status: "done", decided_by: adminId });
    expect(taskRow("profile")).toMatchObject({
      status: "changes_requested",
      decided_by: adminId,
      review_comment: "Alamat kurang lengkap",
    });
    expect(
      events()
        .filter((e) => e.actor_user_id === adminId)
        .map((e) => e.action),
    ).toEqual(["approve", "request_changes"]);
    expect(audits().map((a) => [a.action, a.actor_user_id])).toEqual([
      ["review.approve", adminId],
      ["review.request_changes", adminId],
    ]);
  });

  it("refuses even an administrator for an enterprise that does not exist", () => {
    const adminId = insertTestUser(db, { role: "admin" });
    const before = everything();
    expect(reviewTask(db, { id: adminId, role: "admin" }, 9999, "legality", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notAllowed",
    });
    expect(everything()).toEqual(before);
  });

  it("checks who decides before the task's state", () => {
    setStatus("legality", "in_progress");
    expect(reviewTask(db, { id: ownerId, role: "owner" }, enterpriseId, "legality", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notAllowed",
    });
  });
});

describe("reviewTask: only tasks waiting for review", () => {
  it.each(["in_progress", "done", "changes_requested"] as const)(
    "refuses a task that is %s, and writes nothing",
    (status) => {
      setStatus("legality", status);
      const before = everything();
      expect(reviewTask(db, mentor(), enterpriseId, "legality", { decision: "approve" })).toEqual({
        ok: false,
        reason: "notSubmitted",
      });
      expect(reviewTask(db, mentor(), enterpriseId, "legality", { decision: "request_changes", comment: "x" })).toEqual(
        { ok: false, reason: "notSubmitted" },
      );
      expect(everything()).toEqual(before);
      expect(taskRow("legality")?.status).toBe(status);
    },
  );

  it("refuses a task the owner never touched, and writes nothing", () => {
    const before = everything();
    expect(reviewTask(db, mentor(), enterpriseId, "ip", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notSubmitted",
    });
    expect(everything()).toEqual(before);
    expect(taskRow("ip")).toBeUndefined();
  });

  it("refuses a final review that was not submitted, leaving go_online_at unset", () => {
    setStatus("final_review", "in_progress");
    const adminId = insertTestUser(db, { role: "admin" });
    expect(
      reviewTask(db, { id: adminId, role: "admin" }, enterpriseId, "final_review", { decision: "approve" }),
    ).toEqual({ ok: false, reason: "notSubmitted" });
    expect(enterpriseRow().go_online_at).toBeNull();
  });

  it("only decides the given enterprise's task, not another enterprise's submission of it", () => {
    const other = insertTestEnterprise(db);
    assignMentor(mentorId, other.enterprise.id);
    submit("legality", {}, other.enterprise.id);
    expect(reviewTask(db, mentor(), enterpriseId, "legality", { decision: "approve" })).toEqual({
      ok: false,
      reason: "notSubmitted",
    });
    expect(taskRow("legality", other.enterprise.id)?.status).toBe("submitted");
  });
});

describe("task states after decisions", () => {
  const prerequisites = ["profile", "legality", "brand", "ip", "products", "channels"] as const;
  const reviewed = prerequisites.filter((key) => key !== "brand");

  /** Every task before the final review finished: brand done by the owner, the others sent for review. */
  function finishEverythingBeforeFinalReview() {
    for (const key of prerequisites) {
      recordTaskSave(db, {
        enterpriseId,
        taskKey: key,
        actorUserId: ownerId,
        mode: "finish",
        needsReview: key !== "brand",
        answers: { key },
      });
    }
  }

  it("a submitted prerequisite is enough for an ordinary task, but not for the final review", () => {
    submit("profile");
    expect(stateOf("legality")).toMatchObject({ status: "not_started", waitingFor: [] });
    expect(stateOf("final_review").status).toBe("cannot_start");
  });

  it("the final review waits until the mentor has approved every prerequisite", () => {
    finishEverythingBeforeFinalReview();
    expect(stateOf("final_review")).toMatchObject({ status: "cannot_start", waitingFor: reviewed });

    const waiting: string[] = [...reviewed];
    for (const key of reviewed) {
      expect(reviewTask(db, mentor(), enterpriseId, key, { decision: "approve" })).toEqual({ ok: true });
      waiting.splice(waiting.indexOf(key), 1);
      expect(stateOf(key).status).toBe("done");
      expect(stateOf("final_review")).toMatchObject({
        status: waiting.length ? "cannot_start" : "not_started",
        waitingFor: waiting,
      });
    }
  });

  it("a prerequisite sent back blocks the final review again until it is approved", () => {
    finishEverythingBeforeFinalReview();
    for (const key of reviewed.filter((k) => k !== "channels")) {
      reviewTask(db, mentor(), enterpriseId, key, { decision: "approve" });
    }
    reviewTask(db, mentor(), enterpriseId, "channels", { decision: "request_changes", comment: "Tambah QRIS" });
    expect(stateOf("final_review")).toMatchObject({ status: "cannot_start", waitingFor: ["channels"] });

    submit("channels");
    expect(stateOf("final_review")).toMatchObject({ status: "cannot_start", waitingFor: ["channels"] });

    reviewTask(db, mentor(), enterpriseId, "channels", { decision: "approve" });
    expect(stateOf("final_review")).toMatchObject({ status: "not_started", waitingFor: [] });
  });

  it("counts approvals in the summary and finishes the journey when the final review is approved", () => {
    finishEverythingBeforeFinalReview();
    // Only brand (no review needed) counts as done so far.
    expect(loadJourney(db, enterprise).summary).toMatchObject({ done: 1, total: 7 });

    for (const key of reviewed) reviewTask(db, mentor(), enterpriseId, key, { decision: "approve" });
    const ready = loadJourney(db, enterprise).summary;
    expect(ready).toMatchObject({ done: 6, total: 7 });
    expect(ready.next?.task.key).toBe("final_review");

    submit("final_review");
    expect(stateOf("final_review").status).toBe("submitted");
    expect(loadJourney(db, enterprise).summary).toMatchObject({ done: 6, total: 7, next: null });

    reviewTask(db, mentor(), enterpriseId, "final_review", { decision: "approve" });
    expect(loadJourney(db, enterprise).summary).toEqual({ done: 7, total: 7, next: null });
    expect(enterpriseRow().go_online_at).toEqual(expect.any(Number));
  });
});

describe("reviewTask: the final review after a prerequisite was reopened", () => {
  it("refuses to approve it while any prerequisite is not approved, and writes nothing", async () => {
    const db = await createJourneyTestDb();
    const { ownerId, enterprise } = insertTestEnterprise(db);
    const mentorId = insertTestUser(db, { role: "mentor" });
    db.prepare("UPDATE enterprise SET mentor_user_id = ? WHERE id = ?").run(mentorId, enterprise.id);
    const mentor = { id: mentorId, role: "mentor" as const };
    for (const task of ["profile", "legality", "brand", "ip", "products", "channels"] as const) {
      recordTaskSave(db, {
        enterpriseId: enterprise.id,
        taskKey: task,
        actorUserId: ownerId,
        mode: "finish",
        needsReview: true,
        answers: {},
      });
      expect(reviewTask(db, mentor, enterprise.id, task, { decision: "approve" })).toEqual({ ok: true });
    }
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "final_review",
      actorUserId: ownerId,
      mode: "finish",
      needsReview: true,
      answers: {},
    });
    // The owner changes the catalog after asking for graduation: products is in progress again.
    recordTaskSave(db, {
      enterpriseId: enterprise.id,
      taskKey: "products",
      actorUserId: ownerId,
      mode: "draft",
      needsReview: true,
      answers: {},
    });
    expect(reviewTask(db, mentor, enterprise.id, "final_review", { decision: "approve" })).toEqual({
      ok: false,
      reason: "prerequisitesOpen",
    });
    expect(db.prepare("SELECT go_online_at FROM enterprise WHERE id = ?").pluck().get(enterprise.id)).toBeNull();
    // Sending it back is still possible.
    expect(
      reviewTask(db, mentor, enterprise.id, "final_review", {
        decision: "request_changes",
        comment: "Produk berubah.",
      }),
    ).toEqual({ ok: true });
  });
});
