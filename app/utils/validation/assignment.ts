import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";

const msg = (key: MessageKey) => ({ message: key });

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The mentor who receives an assignment: chosen from the list of mentors covering the area
 * (`mentorId`) or typed by e-mail (`mentorEmail`), exactly one of the two.
 */
export const mentorChoiceSchema = z
  .object({
    mentorId: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[1-9]\d{0,11}$/, msg("adminAssign.error.choose"))
        .transform(Number)
        .optional(),
    ),
    mentorEmail: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .toLowerCase()
        .max(254, msg("adminAssign.error.email"))
        .pipe(z.email(msg("adminAssign.error.email")))
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.mentorId === undefined && value.mentorEmail === undefined) {
      ctx.addIssue({ code: "custom", path: ["mentorId"], message: "adminAssign.error.choose" satisfies MessageKey });
    } else if (value.mentorId !== undefined && value.mentorEmail !== undefined) {
      ctx.addIssue({ code: "custom", path: ["mentorEmail"], message: "adminAssign.error.both" satisfies MessageKey });
    }
  });

export type MentorChoiceField = "mentorId" | "mentorEmail";
export type MentorChoiceError = { field: MentorChoiceField; message: MessageKey };
