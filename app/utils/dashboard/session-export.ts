import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { addDays, isCalendarDay } from "./filters";

// The sessions export's date range: its own module, so the dashboard page does not carry zod to
// the browser for a parse that only its loader and the CSV route run.

export const MAX_EXPORT_DAYS = 366;

const day = (required: MessageKey) =>
  z
    .string({ message: required })
    .trim()
    .min(1, { message: required })
    .refine(isCalendarDay, { message: "dashboard.export.sessions.badDate" satisfies MessageKey });

/** From and to (inclusive), at most a year apart; the province is optional. */
export const sessionExportSchema = z
  .object({
    from: day("dashboard.export.sessions.fromRequired"),
    to: day("dashboard.export.sessions.toRequired"),
    province: z
      .string()
      .regex(/^\d{2}$/)
      .optional()
      .catch(undefined),
  })
  .superRefine((value, ctx) => {
    // zod still runs this when a day above was refused; compare real days only.
    if (!isCalendarDay(value.from) || !isCalendarDay(value.to)) return;
    if (value.to < value.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "dashboard.export.sessions.toBeforeFrom" });
    } else if (addDays(value.from, MAX_EXPORT_DAYS - 1) < value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "dashboard.export.sessions.tooLong" });
    }
  });

export type SessionExportInput = z.output<typeof sessionExportSchema>;

/** The errors of a sessions range as message keys by field, or the range. */
export function parseSessionExport(
  params: URLSearchParams,
): { ok: true; value: SessionExportInput } | { ok: false; errors: Partial<Record<"from" | "to", MessageKey>> } {
  const result = sessionExportSchema.safeParse({
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    province: params.get("province") || undefined,
  });
  if (result.success) return { ok: true, value: result.data };
  const errors: Partial<Record<"from" | "to", MessageKey>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if ((field === "from" || field === "to") && !errors[field]) errors[field] = issue.message as MessageKey;
  }
  return { ok: false, errors };
}
