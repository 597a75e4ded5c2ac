import type { Db } from "../db.server";
import { nowSeconds } from "../db.server";

// Per account: 5 failures in 15 minutes lock that identifier for 15 minutes.
// Per IP: far higher, because many Indonesian mobile users share one carrier-grade NAT address.
export const THROTTLE_RULES = {
  account: { maxFailures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ip: { maxFailures: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const;

type Kind = keyof typeof THROTTLE_RULES;

export type ThrottleKeys = { account: string; ip: string };

export function throttleKeys(identifier: string, ip: string): ThrottleKeys {
  return { account: `account:${identifier.trim().toLowerCase()}`, ip: `ip:${ip}` };
}

type Row = { failures: number; window_started_at: number; locked_until: number | null };

/** Seconds until a sign-in may be tried again for these keys; 0 when it may be tried now. */
export function lockedForSeconds(db: Db, keys: ThrottleKeys, now = nowSeconds()): number {
  const rows = db
    .prepare("SELECT locked_until FROM login_throttle WHERE key IN (?, ?)")
    .pluck()
    .all(keys.account, keys.ip) as (number | null)[];
  const until = Math.max(0, ...rows.map((r) => r ?? 0));
  return until > now ? until - now : 0;
}

/** Counts one failed sign-in against both the account and the IP address. */
export function recordLoginFailure(db: Db, keys: ThrottleKeys, now = nowSeconds()): void {
  const select = db.prepare("SELECT failures, window_started_at, locked_until FROM login_throttle WHERE key = ?");
  const upsert = db.prepare(
    `INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,
       window_started_at = excluded.window_started_at, locked_until = excluded.locked_until`,
  );
  db.transaction(() => {
    for (const kind of ["account", "ip"] as Kind[]) {
      const rule = THROTTLE_RULES[kind];
      const key = keys[kind];
      const row = select.get(key) as Row | undefined;
      const fresh = !row || now - row.window_started_at >= rule.windowSeconds;
      const failures = fresh ? 1 : row.failures + 1;
      const windowStart = fresh ? now : row.window_started_at;
      const lockedUntil = failures >= rule.maxFailures ? now + rule.lockSeconds : null;
      upsert.run(key, failures, windowStart, lockedUntil);
    }
  })();
}

/** A successful sign-in clears the account's counter (not the shared IP's). */
export function clearAccountFailures(db: Db, keys: ThrottleKeys): void {
  db.prepare("DELETE FROM login_throttle WHERE key = ?").run(keys.account);
}
