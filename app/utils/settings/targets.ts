// Go Online targets and the stalled threshold: limits and parsers shared by the settings page
// and its schemas (utils/validation/admin-settings.ts).

export const MIN_TARGET_YEAR = 2019;
export const MAX_TARGET_YEAR = 2100;
export const MAX_TARGET = 100_000_000;
export const MIN_STALLED_DAYS = 1;
export const MAX_STALLED_DAYS = 365;

/** The form field holding a province's target. */
export const provinceTargetField = (provinceCode: string) => `province_${provinceCode}`;

/**
 * A target as people type it: "12500", "12.500" (Indonesian) or "12,500" (English); one kind of
 * thousands separator, no decimals. Null when it is not a whole number from 0 to MAX_TARGET.
 */
export function parseTarget(input: string): number | null {
  const text = input.trim().replace(/\s/g, "");
  if (!/^\d{1,3}(\.\d{3})+$|^\d{1,3}(,\d{3})+$|^\d{1,9}$/.test(text)) return null;
  const value = Number(text.replace(/[.,]/g, ""));
  return value <= MAX_TARGET ? value : null;
}

/** A year as the address or the form gives it, or null when it is outside the programme's range. */
export function parseTargetYear(input: string | null | undefined): number | null {
  if (!input || !/^\d{4}$/.test(input.trim())) return null;
  const year = Number(input.trim());
  return year >= MIN_TARGET_YEAR && year <= MAX_TARGET_YEAR ? year : null;
}
