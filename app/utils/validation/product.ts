import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { PRODUCT_CATEGORIES, type ChecklistItem } from "~/utils/journey/template-types";
import { ITEM_STATUSES, MAX_PHOTOS, NET_UNITS, type ItemAnswer } from "~/utils/products/readiness";
import { parseRupiah } from "~/utils/rupiah";
import { UPLOAD_ID_PATTERN } from "~/utils/uploads/uploads";

const msg = (key: MessageKey) => ({ message: key });
const uploadId = z.string().regex(UPLOAD_ID_PATTERN, msg("upload.unreadable"));

const price = z
  .string()
  .max(40, msg("field.rupiah.invalid"))
  .transform((value, ctx) => {
    if (/^\s*-/.test(value)) {
      ctx.addIssue({ code: "custom", message: "field.price.positive" satisfies MessageKey });
      return z.NEVER;
    }
    const amount = parseRupiah(value);
    if (amount === null || amount > 1_000_000_000_000) {
      ctx.addIssue({ code: "custom", message: "field.rupiah.invalid" satisfies MessageKey });
      return z.NEVER;
    }
    if (amount === 0) {
      ctx.addIssue({ code: "custom", message: "field.price.positive" satisfies MessageKey });
      return z.NEVER;
    }
    return amount;
  })
  .optional();

const netAmount = z
  .string()
  .max(12, msg("field.netAmount.invalid"))
  .transform((value, ctx) => {
    // Dots only as thousands separators: "2.5" is not 25.
    const trimmed = value.trim();
    const text = /^\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, "") : trimmed;
    const n = Number(text);
    if (!/^\d+$/.test(text) || n <= 0 || n > 10_000_000) {
      ctx.addIssue({ code: "custom", message: "field.netAmount.invalid" satisfies MessageKey });
      return z.NEVER;
    }
    return n;
  })
  .optional();

const itemAnswer = z
  .object({
    status: z.enum(ITEM_STATUSES, msg("field.choice.invalid")).optional(),
    reason: z.string().trim().max(500, msg("field.tooLong")).optional(),
    evidence: uploadId.optional(),
  })
  .optional();

/** Photos as posted: repeated hidden fields (conform gives a string or a list). */
const photoList = z
  .union([uploadId, z.array(uploadId)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/**
 * A product of the catalog with its category's checklist. Saving needs a name and a category
 * (the checklist depends on it); everything else may be filled in over time, but what is
 * filled in must be valid. An item marked not applicable needs a reason.
 */
export function productSchema(categories: readonly string[], items: readonly ChecklistItem[]) {
  const shape: Record<string, typeof itemAnswer> = {};
  for (const item of items) shape[`item_${item.key}`] = itemAnswer;
  const base = z.object({
    name: z
      .string({ message: "field.productName.required" })
      .trim()
      .min(1, msg("field.productName.required"))
      .max(120, msg("field.tooLong")),
    category: z
      .enum(PRODUCT_CATEGORIES, msg("field.productCategory.required"))
      .refine((c) => categories.includes(c), msg("field.productCategory.notInProfile")),
    description: z.string().trim().max(3000, msg("field.tooLong")).optional(),
    price,
    netAmount,
    netUnit: z.enum(NET_UNITS, msg("field.choice.invalid")).optional(),
    photos: photoList,
    mainPhoto: uploadId.optional(),
  });
  // Checks across fields run even when a field above failed (`when`), so the owner sees every problem at once.
  const always = () => true;
  let schema = base
    .extend(shape)
    .refine((v) => (v.category as unknown) === "services" || v.netAmount === undefined || !!v.netUnit, {
      path: ["netUnit"],
      message: "field.netUnit.required",
      when: always,
    })
    .refine((v) => !Array.isArray(v.photos) || v.photos.length <= MAX_PHOTOS, {
      path: ["photos"],
      message: "field.photos.max",
      when: always,
    });
  for (const item of items) {
    const key = `item_${item.key}`;
    schema = schema.refine(
      (v) => {
        const answer = (v as Record<string, unknown>)[key] as ItemAnswer | undefined;
        // Runs even when the item failed its own check: a reason posted twice is an array here.
        return answer?.status !== "not_applicable" || (typeof answer.reason === "string" && !!answer.reason.trim());
      },
      { path: [key, "reason"], message: "field.reason.required", when: always },
    );
  }
  return schema.transform((value) => {
    const v = value as unknown as z.output<typeof base>;
    const answerOf = (key: string) => (value as unknown as Record<string, ItemAnswer | undefined>)[`item_${key}`];
    const checklist: Record<string, ItemAnswer> = {};
    for (const item of items) {
      const answer = { ...(answerOf(item.key) ?? {}) };
      if (answer.status !== "not_applicable") delete answer.reason;
      if (answer.status || answer.evidence) checklist[item.key] = answer;
    }
    // The chosen main photo goes first; the others keep their order.
    const photos =
      v.mainPhoto && v.photos.includes(v.mainPhoto)
        ? [v.mainPhoto, ...v.photos.filter((id) => id !== v.mainPhoto)]
        : v.photos;
    return {
      name: v.name,
      category: v.category,
      description: v.description || null,
      priceRupiah: v.price ?? null,
      netAmount: v.category === "services" ? null : (v.netAmount ?? null),
      netUnit: v.category === "services" ? null : (v.netUnit ?? null),
      photos,
      checklist,
    };
  });
}

export type ProductValues = z.output<ReturnType<typeof productSchema>>;
