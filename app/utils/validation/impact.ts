// An impact snapshot, by the mentor or the owner.
import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { parseRupiah } from "~/utils/rupiah";
import { isRealDate } from "./session";

const msg = (key: MessageKey) => ({ message: key });

const count = (max: number) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) <= max), msg("field.number.invalid"))
    .transform((v) => (v === undefined ? null : Number(v)));

/** An impact snapshot: how the business is doing now, against its baseline. */
export function impactSchema(today: string) {
  return z
    .object({
      recordedOn: z
        .string(msg("impact.recordedOn.required"))
        .refine(isRealDate, msg("field.date.invalid"))
        .refine((v) => v <= today, msg("session.heldOn.future")),
      monthlyRevenue: z
        .string()
        .trim()
        .max(40, msg("field.rupiah.invalid"))
        .optional()
        .transform((value, ctx) => {
          if (value === undefined) return null;
          const amount = parseRupiah(value);
          if (amount === null || amount > 1_000_000_000_000) {
            ctx.addIssue({ code: "custom", message: "field.rupiah.invalid" satisfies MessageKey });
            return z.NEVER;
          }
          return amount;
        }),
      employees: count(100_000),
      onlineChannels: count(50),
      firstOnlineSaleOn: z
        .string()
        .optional()
        .refine((v) => v === undefined || isRealDate(v), msg("field.date.invalid"))
        .refine((v) => v === undefined || v <= today, msg("session.heldOn.future"))
        .transform((v) => v ?? null),
    })
    .refine(
      (s) =>
        s.monthlyRevenue !== null || s.employees !== null || s.onlineChannels !== null || s.firstOnlineSaleOn !== null,
      { path: ["monthlyRevenue"], message: "impact.empty" satisfies MessageKey },
    );
}
export type ImpactInput = z.output<ReturnType<typeof impactSchema>>;
