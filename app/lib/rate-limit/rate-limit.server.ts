import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";
import { DEFAULT_RATE_LIMITS, rateLimit, type LimitName } from "./limits.server";
import { errorWithParams } from "~/utils/limits/error-params";

export { DEFAULT_RATE_LIMITS, rateLimit, type LimitName } from "./limits.server";

/** One limit applied to one subject: an account, a user id or an IP address. */
export type LimitHit = { limit: LimitName; subject: string };

export type LimitVerdict = { ok: true } | { ok: false; limit: LimitName; retryAfterSeconds: number };

type Row = { hits: number; window_started_at: number; locked_until: number | null };

export function limitKey({ limit, subject }: LimitHit): string {
  return `${limit}:${subject}`;
}

/** Whole minutes to tell a person ("coba lagi dalam 15 menit"): at least 1. */
export function minutesToWait(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

function readRow(db: Db, hit: LimitHit): Row | undefined {
  return db.prepare("SELECT hits, window_started_at, locked_until FROM rate_limit WHERE key = ?").get(limitKey(hit)) as
    | Row
    | undefined;
}

function refusal(db: Db, hits: LimitHit[], now: number): LimitVerdict {
  let worst: LimitVerdict = { ok: true };
  for (const hit of hits) {
    const until = readRow(db, hit)?.locked_until ?? 0;
    if (until > now && (worst.ok || until - now > worst.retryAfterSeconds)) {
      worst = { ok: false, limit: hit.limit, retryAfterSeconds: until - now };
    }
  }
  return worst;
}

/** Whether these subjects are closed now, and for how long (the longest wait of them); writes nothing. */
export function checkLimits(db: Db, hits: LimitHit[], now = nowSeconds()): LimitVerdict {
  return refusal(db, hits, now);
}

/**
 * Counts one hit against every subject, in one write transaction, unless one of them is closed:
 * then nothing is counted and the verdict says how long to wait. Counting before the work is
 * done (not after it fails) means parallel requests cannot slip past the limit together.
 */
export function takeLimits(db: Db, hits: LimitHit[], now = nowSeconds()): LimitVerdict {
  return db.transaction((): LimitVerdict => {
    const refused = refusal(db, hits, now);
    if (!refused.ok) return refused;
    const upsert = db.prepare(
      `INSERT INTO rate_limit (key, hits, window_started_at, locked_until) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET hits = excluded.hits,
         window_started_at = excluded.window_started_at, locked_until = excluded.locked_until`,
    );
    for (const hit of hits) {
      const limit = rateLimit(hit.limit);
      const row = readRow(db, hit);
      const fresh = !row || now - row.window_started_at >= limit.windowSeconds;
      const count = fresh ? 1 : row.hits + 1;
      const windowStart = fresh ? now : row.window_started_at;
      const lockedUntil =
        count >= limit.max ? (limit.lockSeconds ? now + limit.lockSeconds : windowStart + limit.windowSeconds) : null;
      upsert.run(limitKey(hit), count, windowStart, lockedUntil);
    }
    return { ok: true };
  })();
}

/** Takes back one hit (a sign-in that succeeded after all), reopening the subject if it is under the limit again. */
export function giveBackLimit(db: Db, hit: LimitHit): void {
  const max = rateLimit(hit.limit).max;
  db.prepare(
    `UPDATE rate_limit SET hits = max(hits - 1, 0), locked_until = CASE WHEN hits - 1 < ? THEN NULL ELSE locked_until END
     WHERE key = ?`,
  ).run(max, limitKey(hit));
}

/** Forgets a subject's count (a successful sign-in clears its account's failures). */
export function clearLimit(db: Db, hit: LimitHit): void {
  db.prepare("DELETE FROM rate_limit WHERE key = ?").run(limitKey(hit));
}

/** Rows whose window and lock have both passed are no longer needed; returns how many went. */
export function pruneLimits(db: Db, now = nowSeconds()): number {
  const longest = Math.max(
    ...Object.keys(DEFAULT_RATE_LIMITS).map((name) => rateLimit(name as LimitName).windowSeconds),
  );
  return db
    .prepare("DELETE FROM rate_limit WHERE window_started_at <= ? AND (locked_until IS NULL OR locked_until <= ?)")
    .run(now - longest, now).changes;
}

/** The status and header of a refusal: 429 with Retry-After in seconds (RFC 9110 §10.2.3). */
export function tooManyRequests(retryAfterSeconds: number, headers: Record<string, string> = {}) {
  return { status: 429, headers: { ...headers, "Retry-After": String(Math.max(1, retryAfterSeconds)) } };
}

/** The form error shown at a refused form: "Terlalu banyak percobaan. Coba lagi dalam 15 menit." */
export function tooManyMessage(retryAfterSeconds: number, key = "limits.tooMany"): string {
  return errorWithParams(key, { minutes: minutesToWait(retryAfterSeconds) });
}
