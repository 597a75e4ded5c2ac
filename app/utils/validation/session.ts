// A mentoring session and its corrections (shared date check used by impact.ts).
import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { SESSION_MODES, SESSION_TOPICS } from "~/utils/mentoring/options";

const msg = (key: MessageKey) => ({ message: key });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isRealDate = (value: string) => {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, msg("field.tooLong"))
    .optional()
    .transform((v) => (v ? v : null));

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))], msg("field.choice.invalid"))
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/** A mentoring session as the mentor logs it. `today` is yyyy-mm-dd in WIB. */
export function sessionSchema(today: string) {
  return z
    .object({
      heldOn: z
        .string(msg("session.heldOn.required"))
        .refine(isRealDate, msg("field.date.invalid"))
        .refine((v) => v <= today, msg("session.heldOn.future")),
      mode: z.enum(SESSION_MODES, msg("session.mode.required")),
      durationMinutes: z
        .string(msg("session.duration.invalid"))
        .trim()
        .regex(/^\d{1,3}$/, msg("session.duration.invalid"))
        .transform(Number)
        .refine((n) => n >= 1 && n <= 720, msg("session.duration.invalid")),
      topics: list(SESSION_TOPICS).refine((v) => v.length > 0, msg("session.topics.required")),
      sharedNotes: optionalText(4000),
      privateNotes: optionalText(4000),
      nextAction: optionalText(500),
      followUpOn: z
        .string()
        .optional()
        .refine((v) => v === undefined || isRealDate(v), msg("field.date.invalid"))
        .transform((v) => v ?? null),
    })
    .refine((s) => s.followUpOn === null || s.followUpOn >= s.heldOn, {
      path: ["followUpOn"],
      message: "session.followUp.beforeHeld" satisfies MessageKey,
      when: () => true,
    });
}
export type SessionInput = z.output<ReturnType<typeof sessionSchema>>;

/** A correction appended to a session after its edit window. */
export const correctionSchema = z
  .object({
    sharedNote: optionalText(2000),
    privateNote: optionalText(2000),
  })
  .refine((c) => c.sharedNote !== null || c.privateNote !== null, {
    path: ["sharedNote"],
    message: "session.correction.required" satisfies MessageKey,
  });
export type CorrectionInput = z.output<typeof correctionSchema>;
