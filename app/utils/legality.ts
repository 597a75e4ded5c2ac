// Permit numbers and dates on the legality task. Format checks only: the issuing portals
// remain the authority (numbers issued under OSS may differ from older layouts).

export const PERMIT_STATUSES = ["have", "in_progress", "not_needed"] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

type NumberRule = { pattern: RegExp; strip: RegExp };

const DIGITS_ONLY = /[\s.\-/]/g;
const NUMBER_RULES: Record<string, NumberRule> = {
  nib: { pattern: /^\d{13}$/, strip: DIGITS_ONLY },
  npwp: { pattern: /^\d{16}$/, strip: DIGITS_ONLY },
  // P-IRT: 15 digits, often written 1234567890123-45 and prefixed "P-IRT No."
  spp_irt: {
    pattern: /^\d{15}$/,
    strip: /^(?:no\.?\s*)?(?:sppirt|spp-irt|p-irt|p\.irt|pirt)\s*:?\s*(?:no\.?\s*:?)?\s*|[\s.\-/]/gi,
  },
};
const FREE_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} .\-/]{2,59}$/u;

/** Items whose permit runs out and must be renewed. */
export const EXPIRING_PERMITS = new Set(["spp_irt", "bpom_md", "halal", "bpom_notifikasi", "psat", "sni"]);

/** The number as stored (digits only where the format is digits), or null when it is malformed. */
export function normalizePermitNumber(itemKey: string, raw: string): string | null {
  // Numbers pasted from PDFs and portals often carry non-breaking spaces or tabs.
  const value = raw.replace(/\s+/g, " ").trim();
  const rule = NUMBER_RULES[itemKey];
  if (!rule) return FREE_NUMBER.test(value) ? value : null;
  const stripped = value.replace(rule.strip, "");
  return rule.pattern.test(stripped) ? stripped : null;
}

/** The message key describing the expected format of an item's number. */
export function permitNumberFormat(itemKey: string): "nib" | "npwp" | "spp_irt" | "free" {
  return itemKey === "nib" || itemKey === "npwp" || itemKey === "spp_irt" ? itemKey : "free";
}

/** A real calendar date written yyyy-mm-dd (what <input type="date"> sends). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export type ExpiryState = "expired" | "renew_soon" | "valid";

/** Expired, within six months of its end (renew now), or valid. */
export function expiryState(expiresOn: string, today: Date): ExpiryState {
  if (!isIsoDate(expiresOn)) throw new Error(`not a date: ${expiresOn}`);
  const end = new Date(`${expiresOn}T00:00:00Z`);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (end.getTime() < todayUtc) return "expired";
  const sixMonths = new Date(todayUtc);
  const day = sixMonths.getUTCDate();
  sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
  // 31 August + 6 months is the last day of February, not 3 March.
  if (sixMonths.getUTCDate() !== day) sixMonths.setUTCDate(0);
  return end.getTime() <= sixMonths.getTime() ? "renew_soon" : "valid";
}
