import type { ChecklistItem, ProductCategory, TaskTemplate } from "./template-types";

/** The task's items that apply to an enterprise with these product categories. */
export function applicableItems(task: TaskTemplate, categories: readonly ProductCategory[]): ChecklistItem[] {
  return (task.items ?? []).filter(
    (item) => !item.categories || item.categories.some((category) => categories.includes(category)),
  );
}
