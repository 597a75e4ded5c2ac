import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { PRODUCT_CATEGORIES } from "~/utils/journey/template-types";
import { parseRupiah } from "~/utils/rupiah";
import { BASELINE_CHANNELS, LEGAL_FORMS } from "~/utils/enterprise/options";
import { phoneSchema } from "~/utils/validation/account";

const msg = (key: MessageKey) => ({ message: key });
const MAX_RUPIAH = 1_000_000_000_000_000; // Rp1 kuadriliun: far above any UMKM

const rupiah = z
  .string()
  .max(40, msg("field.rupiah.invalid"))
  .transform((value, ctx) => {
    const amount = parseRupiah(value);
    if (amount === null || amount > MAX_RUPIAH) {
      ctx.addIssue({ code: "custom", message: "field.rupiah.invalid" satisfies MessageKey });
      return z.NEVER;
    }
    return amount;
  })
  .optional();

const wholeNumber = (min: number, max: number, key: MessageKey) =>
  z
    .string()
    .max(12, msg(key))
    .transform((value, ctx) => {
      const trimmed = value.trim().replace(/\./g, "");
      const n = Number(trimmed);
      if (!/^\d+$/.test(trimmed) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: key });
        return z.NEVER;
      }
      return n;
    })
    .optional();

/** A list field posted as repeated checkboxes: conform gives a string or an array. */
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))], msg("field.choice.invalid"))
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

/**
 * The business profile. A draft may leave anything empty (but what is filled must be
 * valid); finishing the task needs the fields marked required below.
 */
export function profileSchema(currentYear: number) {
  return z
    .object({
      intent: z.enum(["draft", "finish", "choose-province"]),
      name: z.string().trim().max(120, msg("field.tooLong")).optional(),
      legalForm: z.enum(LEGAL_FORMS, msg("field.choice.invalid")).optional(),
      categories: list(PRODUCT_CATEGORIES),
      provinceCode: z
        .string()
        .regex(/^\d{2}$/, msg("field.choice.invalid"))
        .optional(),
      regencyCode: z
        .string()
        .regex(/^\d{2}\.\d{2}$/, msg("field.choice.invalid"))
        .optional(),
      address: z.string().trim().max(300, msg("field.tooLong")).optional(),
      whatsapp: phoneSchema.optional(),
      yearStarted: wholeNumber(1900, currentYear, "field.year.invalid"),
      employees: wholeNumber(0, 100000, "field.employees.invalid"),
      capital: rupiah,
      annualSales: rupiah,
      baselineMonthlyRevenue: rupiah,
      baselineChannels: list(BASELINE_CHANNELS),
    })
    .superRefine((value, ctx) => {
      if (value.intent !== "finish") return;
      const required = (path: string, present: boolean, key: MessageKey = "field.required") => {
        if (!present) ctx.addIssue({ code: "custom", path: [path], message: key });
      };
      required("name", !!value.name);
      required("legalForm", !!value.legalForm);
      required("categories", value.categories.length > 0, "field.categories.required");
      required("provinceCode", !!value.provinceCode);
      required("regencyCode", !!value.regencyCode);
      required("address", !!value.address);
      required("whatsapp", !!value.whatsapp);
      required("yearStarted", value.yearStarted !== undefined);
      required("employees", value.employees !== undefined);
      required("capital", value.capital !== undefined);
      required("annualSales", value.annualSales !== undefined);
      required("baselineMonthlyRevenue", value.baselineMonthlyRevenue !== undefined);
      required("baselineChannels", value.baselineChannels.length > 0, "field.baselineChannels.required");
    });
}

export type ProfileFields = z.input<ReturnType<typeof profileSchema>>;
export type ProfileValues = z.output<ReturnType<typeof profileSchema>>;
