import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import { normalizeIndonesianMobile } from "~/utils/phone";
import { STAFF_ROLES } from "~/utils/roles";
import { emailSchema, fullNameSchema, passwordSchema } from "./account";

const msg = (key: MessageKey) => ({ message: key });

// The staff roles live in ~/utils/roles, which pages import without this module's schemas.
export { isStaffRole, STAFF_ROLES, type StaffRole } from "~/utils/roles";

/** A province ('91') or a regency/city ('91.03'), as stored in region.code. */
const REGION_CODE = /^\d{2}(\.\d{2})?$/;
/** 38 provinces and 514 regencies: more than that cannot be real. */
export const MAX_COVERAGE_AREAS = 600;

/** Coverage areas posted as repeated checkboxes: conform gives nothing, a string or an array. */
export const coverageSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
  // One message for the whole list (not per checkbox), shown at the picker.
  .refine(
    (codes) => codes.length <= MAX_COVERAGE_AREAS && codes.every((code) => REGION_CODE.test(code)),
    msg("adminUsers.error.coverageUnknown"),
  );

/** An optional mobile number: empty means none; anything else must be an Indonesian mobile. */
const optionalPhoneSchema = z
  .string()
  .max(40, msg("field.phone.invalid"))
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === "") return null;
    const e164 = normalizeIndonesianMobile(value);
    if (!e164) {
      ctx.addIssue({ code: "custom", message: "field.phone.invalid" satisfies MessageKey });
      return z.NEVER;
    }
    return e164;
  });

export const newStaffSchema = z.object({
  fullName: fullNameSchema,
  email: emailSchema,
  phone: optionalPhoneSchema,
  role: z.enum(STAFF_ROLES, msg("adminUsers.error.role")),
  coverage: coverageSchema,
});

export const coverageFormSchema = z.object({ coverage: coverageSchema });

export type NewStaffFields = z.input<typeof newStaffSchema>;
export type NewStaff = z.output<typeof newStaffSchema>;

/** Choosing a password from an invitation or reset link: the registration's password rules. */
export const linkPasswordSchema = z.object({ password: passwordSchema });
export type LinkPasswordFields = z.input<typeof linkPasswordSchema>;
