import { taskHref } from "../journey/task-pages";
import { TASK_KEYS, type TaskKey } from "../journey/template-types";

type Target = { kind: string; enterpriseId: number | null; taskKey: string | null };

const isTaskKey = (key: string | null): key is TaskKey =>
  key !== null && (TASK_KEYS as readonly string[]).includes(key);

/** Where a notification leads, for the role reading it. */
export function notificationHref(role: "owner" | "mentor" | "admin", n: Target): string {
  if (role === "owner") {
    if (n.kind === "graduated") return "/owner/certificate";
    if (n.kind === "session_notes") return "/owner/sessions";
    if (n.kind === "comment" && isTaskKey(n.taskKey)) return `/owner/messages/${n.taskKey}`;
    if (isTaskKey(n.taskKey)) return taskHref(n.taskKey) ?? "/owner";
    return "/owner";
  }
  if (n.enterpriseId !== null && isTaskKey(n.taskKey)) return `/mentor/reviews/${n.enterpriseId}/${n.taskKey}`;
  if (n.enterpriseId !== null) return `/mentor/enterprises/${n.enterpriseId}`;
  return role === "admin" ? "/admin" : "/mentor";
}
