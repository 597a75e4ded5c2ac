import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import {
  itemsHaveCategories,
  TEXT_LIMITS,
  taskFlagsEditable,
  type ItemEdit,
  type TaskEdit,
} from "~/utils/journey/template-edit";
import { PRODUCT_CATEGORIES, type TaskTemplate } from "~/utils/journey/template-types";

const msg = (key: MessageKey) => ({ message: key });

type Limit = (typeof TEXT_LIMITS)[keyof typeof TEXT_LIMITS];
const TOO_LONG: Record<Limit, MessageKey> = {
  80: "adminChecklist.error.max80",
  120: "adminChecklist.error.max120",
  200: "adminChecklist.error.max200",
  500: "adminChecklist.error.max500",
  1500: "adminChecklist.error.max1500",
};

/**
 * A text shown to owners: runs of spaces and line breaks become one space (the owner's pages
 * show each text as one paragraph), never empty, at most `max` characters.
 */
const ownerText = (max: Limit) =>
  z
    .string(msg("adminChecklist.error.required"))
    .transform((v) => v.replace(/\s+/g, " ").trim())
    // conform reads the piped schema too, turning a blank result into undefined: hence the message on both.
    .pipe(
      z
        .string(msg("adminChecklist.error.required"))
        .min(1, msg("adminChecklist.error.required"))
        .max(max, msg(TOO_LONG[max])),
    );

const bilingual = (max: Limit) => z.object({ id: ownerText(max), en: ownerText(max) });

/** A checkbox: "on" when ticked, absent when not. */
const checkbox = z
  .literal("on", msg("field.choice.invalid"))
  .optional()
  .transform((v) => v === "on");

const categoryList = z
  .union([z.enum(PRODUCT_CATEGORIES), z.array(z.enum(PRODUCT_CATEGORIES))], msg("field.choice.invalid"))
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

const itemSchema = (withCategories: boolean): z.ZodType<ItemEdit> => {
  const base = z.object({
    title: bilingual(TEXT_LIMITS.itemTitle),
    help: bilingual(TEXT_LIMITS.itemHelp),
    required: checkbox,
  });
  if (!withCategories) return base.transform((item) => ({ ...item, categories: null }));
  return base
    .extend({
      appliesTo: z.enum(["all", "some"], msg("adminChecklist.error.appliesTo")),
      categories: categoryList,
    })
    .refine((item) => item.appliesTo === "all" || item.categories.length > 0, {
      path: ["categories"],
      message: "adminChecklist.error.categories" satisfies MessageKey,
    })
    .transform(({ appliesTo, categories, ...item }) => ({
      ...item,
      categories: appliesTo === "all" ? null : categories,
    }));
};

/**
 * The edit form of one task of the draft: its texts in both languages, its flags (unless locked),
 * and for each of its items the texts, required and (for tasks filtered by category) which
 * product categories the item applies to.
 */
export function taskEditSchema(task: TaskTemplate): z.ZodType<TaskEdit> {
  const withCategories = itemsHaveCategories(task.key);
  const items = Object.fromEntries((task.items ?? []).map((item) => [item.key, itemSchema(withCategories)]));
  const flagsEditable = taskFlagsEditable(task.key);
  return z
    .object({
      title: bilingual(TEXT_LIMITS.taskTitle),
      summary: bilingual(TEXT_LIMITS.taskSummary),
      help: bilingual(TEXT_LIMITS.taskHelp),
      required: checkbox,
      needsReview: checkbox,
      // A task without items posts nothing at all under "items".
      items: task.items?.length ? z.object(items) : z.object({}).optional(),
    })
    .transform((edit) => ({
      ...edit,
      required: flagsEditable ? edit.required : task.required,
      needsReview: flagsEditable ? edit.needsReview : task.needsReview,
      items: (edit.items ?? {}) as Record<string, ItemEdit>,
    }));
}

export const publishSchema = z.object({
  note: z
    .string(msg("adminChecklist.error.noteRequired"))
    .trim()
    .min(1, msg("adminChecklist.error.noteRequired"))
    .max(TEXT_LIMITS.note, msg("adminChecklist.error.max500")),
  draft: z
    .string(msg("adminChecklist.error.draftChanged"))
    .regex(/^[0-9a-f]{64}$/, msg("adminChecklist.error.draftChanged")),
});
export type PublishInput = z.output<typeof publishSchema>;
