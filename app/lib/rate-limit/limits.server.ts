/**
 * Every rate limit of the app, in one place (decision 0025). Per account or per user the limits
 * are tight; per IP address they are loose, because Indonesian mobile carriers put many
 * subscribers behind one carrier-grade NAT address and a PLUT workshop puts a room on one hotspot.
 *
 * - `max` hits are allowed in a window of `windowSeconds`; the hit that reaches `max` closes the
 *   subject until `lockSeconds` after it, or, without `lockSeconds`, until its window ends.
 * - `RATE_LIMITS="brandCheck.user=3,upload.ip=5"` in the environment changes `max` of the named
 *   limits (for an operator who must loosen one at once); nothing else reads it.
 */
export const DEFAULT_RATE_LIMITS = {
  /**
   * Failed sign-ins per account (however the email or number is spelled); the password check of
   * an owner's deletion request (/account/privacy) counts here too, so a stolen session cannot
   * guess the password there faster than at /login.
   */
  "login.account": { max: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  /** Failed sign-ins per IP address. */
  "login.ip": { max: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  /** Registrations tried (complete forms, whether the account could be made or not) per IP address. */
  "register.ip": { max: 60, windowSeconds: 60 * 60 },
  /** Invitation and password-reset addresses with an unknown secret, per IP address. */
  "link.ip": { max: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  /** Brand-name checks per signed-in user (the /brand-check page and the trademark task). */
  "brandCheck.user": { max: 30, windowSeconds: 10 * 60 },
  /** Brand-name checks per IP address. */
  "brandCheck.ip": { max: 300, windowSeconds: 10 * 60 },
  /** Files sent per signed-in user (each file counts, stored or refused). */
  "upload.user": { max: 100, windowSeconds: 60 * 60 },
  /** Files sent per IP address. */
  "upload.ip": { max: 600, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

export type RateLimit = { max: number; windowSeconds: number; lockSeconds?: number };
export type LimitName = keyof typeof DEFAULT_RATE_LIMITS;

export function isLimitName(value: string): value is LimitName {
  return Object.hasOwn(DEFAULT_RATE_LIMITS, value);
}

let parsedFrom: string | undefined;
let overrides: Partial<Record<LimitName, number>> = {};

function envOverrides(): Partial<Record<LimitName, number>> {
  const raw = process.env.RATE_LIMITS ?? "";
  if (raw === parsedFrom) return overrides;
  const parsed: Partial<Record<LimitName, number>> = {};
  for (const entry of raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([\w.]+)=(\d+)$/.exec(entry);
    if (!match || !isLimitName(match[1]!) || Number(match[2]) < 1) {
      throw new Error(`RATE_LIMITS: "${entry}" is not <limit>=<max> with a known limit and max ≥ 1`);
    }
    parsed[match[1]] = Number(match[2]);
  }
  parsedFrom = raw;
  overrides = parsed;
  return parsed;
}

/** The limit as it applies now: the default, with `max` from RATE_LIMITS when set there. */
export function rateLimit(name: LimitName): RateLimit {
  const limit: RateLimit = DEFAULT_RATE_LIMITS[name];
  const max = envOverrides()[name];
  return max === undefined ? limit : { ...limit, max };
}

/** Stored bytes an enterprise may hold in uploads (default 100 MB); UPLOAD_QUOTA_MB changes it. */
export function uploadQuotaBytes(): number {
  const mb = Number(process.env.UPLOAD_QUOTA_MB ?? "");
  return (Number.isFinite(mb) && mb > 0 ? mb : 100) * 1024 * 1024;
}

/**
 * Images with more pixels than this are refused from their header, before any decoding: a small
 * PNG can claim 20000 × 20000 pixels (1.2 GB once decoded). 50 MP lets a full-resolution photo
 * from a 50 MP phone camera (8160 × 6120) through.
 */
export const MAX_INPUT_PIXELS = 50_000_000;
