import type { TaskState } from "../journey/status";
import type { JourneyTemplate } from "../journey/template-types";

export const STAGES = ["usaha", "merek", "produk", "online", "selesai", "go_online"] as const;
export type Stage = (typeof STAGES)[number];

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/**
 * Where an enterprise is on its journey: the first step with a required task the owner has not
 * finished (sent for review counts as finished), or "go_online" once the mentor confirmed it.
 */
export function enterpriseStage(template: JourneyTemplate, states: TaskState[], goOnline: boolean): Stage {
  if (goOnline) return "go_online";
  const status = new Map(states.map((s) => [s.task.key, s.status]));
  for (const step of template.steps) {
    const open = step.tasks.some((key) => {
      const task = template.tasks.find((t) => t.key === key);
      const s = status.get(key);
      return task?.required && s !== "done" && s !== "submitted";
    });
    if (open && isStage(step.key)) return step.key;
  }
  return "selesai";
}
