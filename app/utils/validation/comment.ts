// A comment in a task's conversation, and the mentor's review decision.
import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";

const msg = (key: MessageKey) => ({ message: key });

export const commentSchema = z.object({
  body: z.string(msg("comment.required")).trim().min(1, msg("comment.required")).max(2000, msg("field.tooLong")),
});

export const reviewSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), comment: z.string().optional() }),
  z.object({
    decision: z.literal("request_changes"),
    comment: z
      .string(msg("review.comment.required"))
      .trim()
      .min(3, msg("review.comment.required"))
      .max(2000, msg("field.tooLong")),
  }),
]);
