import { z } from "zod";
import type { MessageKey } from "~/utils/i18n";
import {
  MAX_STALLED_DAYS,
  MIN_STALLED_DAYS,
  parseTarget,
  parseTargetYear,
  provinceTargetField,
} from "~/utils/settings/targets";

const msg = (key: MessageKey) => ({ message: key });

// The limits and parsers live in ~/utils/settings/targets, which the settings page imports
// without this module's schemas.
export {
  MAX_STALLED_DAYS,
  MAX_TARGET,
  MAX_TARGET_YEAR,
  MIN_STALLED_DAYS,
  MIN_TARGET_YEAR,
  parseTarget,
  parseTargetYear,
  provinceTargetField,
} from "~/utils/settings/targets";

// Conform turns an empty field into undefined: an empty target means "no target".
const target = z
  .string()
  .optional()
  .refine((value) => value === undefined || parseTarget(value) !== null, msg("adminSettings.target.invalid"))
  .transform((value) => (value === undefined ? null : parseTarget(value)));

/** The targets form of one year: the national target and one field per province. */
export function targetsSchema(provinceCodes: readonly string[]) {
  return z.object({
    year: z
      .string(msg("adminSettings.year.invalid"))
      .refine((value) => parseTargetYear(value) !== null, msg("adminSettings.year.invalid"))
      .transform((value) => parseTargetYear(value)!),
    national: target,
    ...Object.fromEntries(provinceCodes.map((code) => [provinceTargetField(code), target])),
  });
}

export const stalledSchema = z.object({
  days: z
    .string(msg("adminSettings.stalled.invalid"))
    .trim()
    .regex(/^\d{1,3}$/, msg("adminSettings.stalled.invalid"))
    .transform(Number)
    .refine((days) => days >= MIN_STALLED_DAYS && days <= MAX_STALLED_DAYS, msg("adminSettings.stalled.invalid")),
});
