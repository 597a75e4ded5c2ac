// Editing the content of a journey template: what an administrator may change (texts, required,
// needs review, an item's product categories), applying an edit to a copy, and what changed
// between two versions. The structure that code depends on (steps, task and item keys, requires,
// links) is never touched here; templateStructure lets the publisher check that.
import {
  PRODUCT_CATEGORIES,
  type ChecklistItem,
  type JourneyTemplate,
  type ProductCategory,
  type TaskKey,
  type TaskTemplate,
  type Text,
} from "./template-types";

/**
 * Tasks whose items are filtered by product category everywhere they are shown (the owner's
 * page, the mentor's review, product readiness). The copyright declarations of the ip task
 * apply to every business, and the mentor's view lists them all, so they keep no categories.
 */
export const CATEGORY_TASKS: readonly TaskKey[] = ["legality", "products", "channels"];

export function itemsHaveCategories(taskKey: TaskKey): boolean {
  return CATEGORY_TASKS.includes(taskKey);
}

/**
 * The final review is the mentor's Go Online confirmation: without review the owner's "done"
 * would be final and the enterprise would never be confirmed, so its flags stay as they are.
 */
export function taskFlagsEditable(taskKey: TaskKey): boolean {
  return taskKey !== "final_review";
}

export const TEXT_LIMITS = {
  taskTitle: 80,
  taskSummary: 200,
  taskHelp: 1500,
  itemTitle: 120,
  itemHelp: 1500,
  note: 500,
} as const;

export type ItemEdit = {
  title: Text;
  help: Text;
  required: boolean;
  /** null: every category (the item has no categories field). */
  categories: ProductCategory[] | null;
};

export type TaskEdit = {
  title: Text;
  summary: Text;
  help: Text;
  required: boolean;
  needsReview: boolean;
  items: Record<string, ItemEdit>;
};

/** The form's starting values for a task: what the template holds now. */
export function taskEditOf(task: TaskTemplate): TaskEdit {
  return {
    title: task.title,
    summary: task.summary,
    help: task.help,
    required: task.required,
    needsReview: task.needsReview,
    items: Object.fromEntries(
      (task.items ?? []).map((item) => [
        item.key,
        { title: item.title, help: item.help, required: item.required, categories: item.categories ?? null },
      ]),
    ),
  };
}

/**
 * A copy of the template with the task's editable fields replaced. Fields the task may not change
 * (locked flags, categories of tasks without them) and items missing from the edit stay as they are.
 */
export function applyTaskEdit(template: JourneyTemplate, taskKey: TaskKey, edit: TaskEdit): JourneyTemplate {
  const copy = structuredClone(template);
  const task = copy.tasks.find((t) => t.key === taskKey);
  if (!task) throw new Error(`template ${template.version} has no ${taskKey} task`);
  task.title = { ...edit.title };
  task.summary = { ...edit.summary };
  task.help = { ...edit.help };
  if (taskFlagsEditable(taskKey)) {
    task.required = edit.required;
    task.needsReview = edit.needsReview;
  }
  for (const item of task.items ?? []) {
    const itemEdit = edit.items[item.key];
    if (!itemEdit) continue;
    item.title = { ...itemEdit.title };
    item.help = { ...itemEdit.help };
    item.required = itemEdit.required;
    if (itemsHaveCategories(taskKey)) {
      // The same set keeps its order, so an unchanged form changes nothing; a new set is stored in the enum's order.
      if (itemEdit.categories === null) delete item.categories;
      else if (!sameCategories(item.categories, itemEdit.categories))
        item.categories = PRODUCT_CATEGORIES.filter((c) => itemEdit.categories!.includes(c));
    }
  }
  return copy;
}

/** Everything but the editable content: must be identical between a draft and its base. */
export function templateStructure(template: JourneyTemplate): string {
  return JSON.stringify({
    steps: template.steps,
    tasks: template.tasks.map((task) => ({
      key: task.key,
      requires: task.requires,
      requiresApproval: task.requiresApproval ?? null,
      items: (task.items ?? []).map((item) => ({ key: item.key, link: item.link ?? null })),
      hasItems: task.items !== undefined,
    })),
  });
}

export const TEXT_FIELDS = ["title.id", "title.en", "summary.id", "summary.en", "help.id", "help.en"] as const;
export const ITEM_TEXT_FIELDS = ["title.id", "title.en", "help.id", "help.en"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type FieldChange =
  | { field: TextField }
  | { field: "required" | "needsReview"; before: boolean; after: boolean }
  | { field: "categories"; before: ProductCategory[] | null; after: ProductCategory[] | null };

export type TaskChanges = {
  key: TaskKey;
  title: Text;
  fields: FieldChange[];
  items: { key: string; title: Text; fields: FieldChange[] }[];
};

function textOf(owner: { title: Text; help: Text; summary?: Text }, field: TextField): string | undefined {
  const [name, lang] = field.split(".") as ["title" | "summary" | "help", "id" | "en"];
  return owner[name]?.[lang];
}

/** The same categories, in any order; absent (every category) equals only absent. */
function sameCategories(
  a: readonly ProductCategory[] | null | undefined,
  b: readonly ProductCategory[] | null | undefined,
) {
  if (!a || !b) return !a && !b;
  return a.length === b.length && a.every((c) => b.includes(c));
}

function itemChanges(before: ChecklistItem, after: ChecklistItem): FieldChange[] {
  const fields: FieldChange[] = ITEM_TEXT_FIELDS.filter((f) => textOf(before, f) !== textOf(after, f)).map((field) => ({
    field,
  }));
  if (before.required !== after.required)
    fields.push({ field: "required", before: before.required, after: after.required });
  if (!sameCategories(before.categories, after.categories))
    fields.push({ field: "categories", before: before.categories ?? null, after: after.categories ?? null });
  return fields;
}

/** Which fields of which tasks and items differ, task by task (tasks without changes left out). */
export function templateChanges(base: JourneyTemplate, draft: JourneyTemplate): TaskChanges[] {
  const changes: TaskChanges[] = [];
  for (const after of draft.tasks) {
    const before = base.tasks.find((t) => t.key === after.key);
    if (!before) continue;
    const fields: FieldChange[] = TEXT_FIELDS.filter((f) => textOf(before, f) !== textOf(after, f)).map((field) => ({
      field,
    }));
    for (const flag of ["required", "needsReview"] as const)
      if (before[flag] !== after[flag]) fields.push({ field: flag, before: before[flag], after: after[flag] });
    const items = (after.items ?? []).flatMap((item) => {
      const old = before.items?.find((i) => i.key === item.key);
      const itemFields = old ? itemChanges(old, item) : [];
      return itemFields.length ? [{ key: item.key, title: item.title, fields: itemFields }] : [];
    });
    if (fields.length || items.length) changes.push({ key: after.key, title: after.title, fields, items });
  }
  return changes;
}
