import type { JourneyTemplate, TaskKey, TaskTemplate } from "./template-types";

/** Stored states of a task (enterprise_task.status). */
export type StoredTaskStatus = "in_progress" | "submitted" | "changes_requested" | "done";
/** What the owner sees: stored states plus the two derived ones. */
export type TaskStatus = StoredTaskStatus | "not_started" | "cannot_start";

export type TaskState = {
  task: TaskTemplate;
  status: TaskStatus;
  /** Tasks that must be done first (only for cannot_start). */
  waitingFor: TaskKey[];
};

/**
 * Each task's status from the stored rows: a task with unfinished prerequisites cannot
 * start (unless the owner already started it, which keeps its own state).
 */
export function taskStates(template: JourneyTemplate, stored: Partial<Record<TaskKey, StoredTaskStatus>>): TaskState[] {
  return template.tasks.map((task) => {
    const own = stored[task.key];
    if (own) return { task, status: own, waitingFor: [] };
    const finished = (key: TaskKey) =>
      stored[key] === "done" || (!task.requiresApproval && stored[key] === "submitted");
    const waitingFor = task.requires.filter((key) => !finished(key));
    return { task, status: waitingFor.length ? "cannot_start" : "not_started", waitingFor };
  });
}

export type JourneySummary = { done: number; total: number; next: TaskState | null };

/** "4 of 9 tasks done" and the next thing to do: a task sent back first, else the first open one. */
export function summarize(states: TaskState[]): JourneySummary {
  const required = states.filter((s) => s.task.required);
  const open = (s: TaskState) => s.status === "not_started" || s.status === "in_progress";
  return {
    done: required.filter((s) => s.status === "done").length,
    total: required.length,
    next: states.find((s) => s.status === "changes_requested") ?? states.find(open) ?? null,
  };
}
