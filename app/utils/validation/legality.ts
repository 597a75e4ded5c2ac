import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { UPLOAD_ID_PATTERN } from "~/utils/uploads/uploads";
import type { ChecklistItem } from "~/utils/journey/template-types";
import { isIsoDate, normalizePermitNumber, PERMIT_STATUSES, permitNumberFormat } from "~/utils/legality";

const msg = (key: MessageKey) => ({ message: key });

const permitAnswer = z
  .object({
    status: z.enum(PERMIT_STATUSES, msg("field.choice.invalid")).optional(),
    number: z.string().trim().max(80, msg("field.tooLong")).optional(),
    expiresOn: z.string().trim().max(10, msg("field.date.invalid")).optional(),
    reason: z.string().trim().max(500, msg("field.tooLong")).optional(),
    evidence: z.string().regex(UPLOAD_ID_PATTERN, msg("upload.unreadable")).optional(),
  })
  .optional();

export type PermitAnswer = NonNullable<z.output<typeof permitAnswer>>;

/**
 * The legality task for the items that apply to this enterprise. Numbers and dates are
 * checked whenever they are filled in; finishing needs a status for every required item, a number
 * for each permit the owner has, and a reason for each one marked not needed.
 */
export function legalitySchema(items: ChecklistItem[]) {
  const shape: Record<string, typeof permitAnswer> = {};
  for (const item of items) shape[item.key] = permitAnswer;
  return z
    .object({ intent: z.enum(["draft", "finish"]) })
    .extend(shape)
    .transform((value, ctx) => {
      const { intent } = value as unknown as { intent: "draft" | "finish" };
      const answers: Record<string, PermitAnswer> = {};
      for (const item of items) {
        const answer = { ...((value as unknown as Record<string, PermitAnswer | undefined>)[item.key] ?? {}) };
        const issue = (field: keyof PermitAnswer, key: MessageKey) =>
          ctx.addIssue({ code: "custom", path: [item.key, field], message: key });
        if (answer.number) {
          const normalized = normalizePermitNumber(item.key, answer.number);
          if (normalized === null) issue("number", `field.permitNumber.${permitNumberFormat(item.key)}`);
          else answer.number = normalized;
        }
        if (answer.expiresOn && !isIsoDate(answer.expiresOn)) issue("expiresOn", "field.date.invalid");
        if (intent === "finish") {
          if (!answer.status && item.required) issue("status", "field.permitStatus.required");
          if (answer.status === "have" && !answer.number) issue("number", "field.permitNumber.required");
          if (answer.status === "not_needed" && !answer.reason) issue("reason", "field.reason.required");
        }
        answers[item.key] = answer;
      }
      return { intent, answers };
    });
}
