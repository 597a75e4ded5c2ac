import { describe, expect, it } from "vitest";
import { JOURNEY_TEMPLATE } from "../../../db/journey-template";
import { summarize, taskStates, type StoredTaskStatus, type TaskState, type TaskStatus } from "./status";
import { TASK_KEYS, type TaskKey } from "./template-types";

type Stored = Partial<Record<TaskKey, StoredTaskStatus>>;

function statesOf(stored: Stored): TaskState[] {
  return taskStates(JOURNEY_TEMPLATE, stored);
}

function byKey(states: TaskState[]): Record<TaskKey, { status: TaskStatus; waitingFor: TaskKey[] }> {
  return Object.fromEntries(states.map((s) => [s.task.key, { status: s.status, waitingFor: s.waitingFor }])) as Record<
    TaskKey,
    { status: TaskStatus; waitingFor: TaskKey[] }
  >;
}

const SIX: TaskKey[] = ["profile", "legality", "brand", "ip", "products", "channels"];

describe("the journey template", () => {
  it("has the seven tasks in order, all required", () => {
    expect(JOURNEY_TEMPLATE.tasks.map((t) => t.key)).toEqual([...TASK_KEYS]);
    expect(JOURNEY_TEMPLATE.tasks.every((t) => t.required)).toBe(true);
  });
});

describe("taskStates", () => {
  it("returns one state per template task, in template order", () => {
    const states = statesOf({});
    expect(states.map((s) => s.task.key)).toEqual([...TASK_KEYS]);
    expect(states[0]?.task).toBe(JOURNEY_TEMPLATE.tasks[0]);
  });

  it("with nothing stored, only the profile can start; every other task waits", () => {
    const states = byKey(statesOf({}));
    expect(states.profile).toEqual({ status: "not_started", waitingFor: [] });
    expect(states.legality).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
    expect(states.brand).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
    expect(states.ip).toEqual({ status: "cannot_start", waitingFor: ["brand"] });
    expect(states.products).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
    expect(states.channels).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
    expect(states.final_review).toEqual({ status: "cannot_start", waitingFor: SIX });
  });

  it("an unfinished profile (in progress) does not unlock anything", () => {
    const states = byKey(statesOf({ profile: "in_progress" }));
    expect(states.profile.status).toBe("in_progress");
    expect(states.legality).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
    expect(states.brand.status).toBe("cannot_start");
  });

  it("a profile sent back for changes does not count as finished", () => {
    const states = byKey(statesOf({ profile: "changes_requested" }));
    expect(states.legality).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
  });

  it("a submitted profile unlocks the tasks that only need the owner to have finished it", () => {
    const states = byKey(statesOf({ profile: "submitted" }));
    expect(states.profile).toEqual({ status: "submitted", waitingFor: [] });
    for (const key of ["legality", "brand", "products", "channels"] as const) {
      expect(states[key]).toEqual({ status: "not_started", waitingFor: [] });
    }
    expect(states.ip).toEqual({ status: "cannot_start", waitingFor: ["brand"] });
    // final_review requires approval: a submitted profile is not yet approved.
    expect(states.final_review.status).toBe("cannot_start");
    expect(states.final_review.waitingFor).toEqual(SIX);
  });

  it("ip waits for the brand, and starts once the brand is done", () => {
    expect(byKey(statesOf({ profile: "done", brand: "in_progress" })).ip).toEqual({
      status: "cannot_start",
      waitingFor: ["brand"],
    });
    expect(byKey(statesOf({ profile: "done", brand: "done" })).ip).toEqual({ status: "not_started", waitingFor: [] });
  });

  it("final review waits for approval: submitted prerequisites still block it", () => {
    const stored: Stored = {
      profile: "done",
      legality: "submitted",
      brand: "done",
      ip: "submitted",
      products: "done",
      channels: "done",
    };
    expect(byKey(statesOf(stored)).final_review).toEqual({
      status: "cannot_start",
      waitingFor: ["legality", "ip"],
    });
  });

  it("final review can start once all six tasks are done", () => {
    const stored: Stored = Object.fromEntries(SIX.map((k) => [k, "done"]));
    expect(byKey(statesOf(stored)).final_review).toEqual({ status: "not_started", waitingFor: [] });
  });

  it("a stored state always wins over the derived one", () => {
    // ip and final_review have unmet prerequisites, but the stored rows keep their own state.
    const states = byKey(statesOf({ ip: "in_progress", final_review: "changes_requested", legality: "done" }));
    expect(states.ip).toEqual({ status: "in_progress", waitingFor: [] });
    expect(states.final_review).toEqual({ status: "changes_requested", waitingFor: [] });
    expect(states.legality).toEqual({ status: "done", waitingFor: [] });
    expect(states.profile.status).toBe("not_started");
  });

  it("reads requires and requiresApproval from the template it is given", () => {
    const template = {
      ...JOURNEY_TEMPLATE,
      tasks: JOURNEY_TEMPLATE.tasks.map((t) =>
        t.key === "brand" ? { ...t, requires: ["profile" as const], requiresApproval: true } : t,
      ),
    };
    const states = byKey(taskStates(template, { profile: "submitted" }));
    expect(states.brand).toEqual({ status: "cannot_start", waitingFor: ["profile"] });
    expect(states.legality.status).toBe("not_started");
  });
});

describe("summarize", () => {
  it("counts the seven required tasks, none done at the start, next is the profile", () => {
    const summary = summarize(statesOf({}));
    expect(summary.total).toBe(7);
    expect(summary.done).toBe(0);
    expect(summary.next?.task.key).toBe("profile");
  });

  it("counts only tasks that are done, not submitted ones", () => {
    const summary = summarize(statesOf({ profile: "done", brand: "done", legality: "submitted", ip: "in_progress" }));
    expect(summary.done).toBe(2);
    expect(summary.total).toBe(7);
  });

  it("does not count optional tasks, in the total or as done", () => {
    const states = statesOf({ profile: "done", brand: "done" }).map((s) =>
      s.task.key === "brand" ? { ...s, task: { ...s.task, required: false } } : s,
    );
    expect(summarize(states)).toMatchObject({ done: 1, total: 6 });
  });

  it("prefers a task sent back for changes over open ones", () => {
    const summary = summarize(statesOf({ profile: "done", legality: "in_progress", channels: "changes_requested" }));
    expect(summary.next?.task.key).toBe("channels");
    expect(summary.next?.status).toBe("changes_requested");
  });

  it("otherwise takes the first open task in template order (in progress or not started)", () => {
    expect(summarize(statesOf({ profile: "submitted", legality: "in_progress" })).next?.task.key).toBe("legality");
    expect(summarize(statesOf({ profile: "submitted", legality: "submitted" })).next).toMatchObject({
      task: { key: "brand" },
      status: "not_started",
    });
    expect(summarize(statesOf({ profile: "submitted", legality: "done", channels: "in_progress" })).next).toMatchObject(
      { task: { key: "brand" }, status: "not_started" },
    );
  });

  it("skips tasks that cannot start or wait for review", () => {
    const summary = summarize(
      statesOf({
        profile: "submitted",
        legality: "submitted",
        brand: "done",
        ip: "submitted",
        products: "submitted",
        channels: "submitted",
      }),
    );
    expect(summary.next).toBeNull();
    expect(summary.done).toBe(1);
  });

  it("is null when nothing is open, and counts everything when all is done", () => {
    const stored: Stored = Object.fromEntries(TASK_KEYS.map((k) => [k, "done"]));
    expect(summarize(statesOf(stored))).toEqual({ done: 7, total: 7, next: null });
  });
});
