import type { TaskKey } from "./template-types";

// Tasks whose owner page exists. The journey's other tasks are listed with their status
// until their pages are built (see the journey issue).
const TASK_PAGES: Partial<Record<TaskKey, string>> = {
  profile: "/owner/tasks/profile",
  legality: "/owner/tasks/legality",
  brand: "/owner/tasks/brand",
  ip: "/owner/tasks/ip",
  products: "/owner/tasks/products",
  final_review: "/owner/tasks/final-review",
  channels: "/owner/tasks/channels",
};

export function taskHref(key: TaskKey): string | null {
  return TASK_PAGES[key] ?? null;
}

/** The task an owner's task page belongs to, from its address (/owner/tasks/final-review/… → final_review). */
export function taskKeyFromPath(pathname: string): TaskKey | null {
  const slug = /^\/owner\/tasks\/([a-z-]+)/.exec(pathname)?.[1];
  const entry = Object.entries(TASK_PAGES).find(([, path]) => path === `/owner/tasks/${slug}`);
  return entry ? (entry[0] as TaskKey) : null;
}
