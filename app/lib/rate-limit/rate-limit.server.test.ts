import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { openDatabase } from "../db.server";
import { migrate } from "../migrations.server";
import { createTestDb } from "../test-db.server";
import { DEFAULT_RATE_LIMITS, rateLimit } from "./limits.server";
import {
  checkLimits,
  clearLimit,
  giveBackLimit,
  minutesToWait,
  pruneLimits,
  takeLimits,
  tooManyMessage,
  tooManyRequests,
  type LimitHit,
} from "./rate-limit.server";

const T0 = 1_800_000_000;
const MINUTE = 60;
let db: Db;
const previousEnv = process.env.RATE_LIMITS;

beforeEach(() => {
  db = createTestDb();
  delete process.env.RATE_LIMITS;
});

afterEach(() => {
  db.close();
  if (previousEnv === undefined) delete process.env.RATE_LIMITS;
  else process.env.RATE_LIMITS = previousEnv;
});

function take(hits: LimitHit[], times: number, now = T0) {
  return Array.from({ length: times }, () => takeLimits(db, hits, now));
}

function row(key: string) {
  return db.prepare("SELECT hits, window_started_at, locked_until FROM rate_limit WHERE key = ?").get(key);
}

const account: LimitHit = { limit: "login.account", subject: "user:7" };
const ip: LimitHit = { limit: "login.ip", subject: "10.0.0.1" };
const uploader: LimitHit = { limit: "upload.user", subject: "42" };

describe("the limits in one place", () => {
  it("keeps accounts and users tighter than the addresses many people share", () => {
    expect(DEFAULT_RATE_LIMITS["login.account"].max).toBeLessThan(DEFAULT_RATE_LIMITS["login.ip"].max);
    expect(DEFAULT_RATE_LIMITS["brandCheck.user"].max).toBeLessThan(DEFAULT_RATE_LIMITS["brandCheck.ip"].max);
    expect(DEFAULT_RATE_LIMITS["upload.user"].max).toBeLessThan(DEFAULT_RATE_LIMITS["upload.ip"].max);
  });

  it("takes max from RATE_LIMITS and refuses a malformed or unknown entry", () => {
    process.env.RATE_LIMITS = "upload.user=3, brandCheck.ip=7";
    expect(rateLimit("upload.user")).toEqual({ max: 3, windowSeconds: 3600 });
    expect(rateLimit("brandCheck.ip").max).toBe(7);
    expect(rateLimit("login.account")).toEqual(DEFAULT_RATE_LIMITS["login.account"]);
    process.env.RATE_LIMITS = "upload.users=3";
    expect(() => rateLimit("upload.user")).toThrow(/upload.users=3/);
    process.env.RATE_LIMITS = "upload.user=0";
    expect(() => rateLimit("upload.user")).toThrow(/max ≥ 1/);
  });
});

describe("takeLimits: a fixed window with a lock", () => {
  it("lets max - 1 hits leave the subject open and closes it on the max-th", () => {
    const results = take([account], 4);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(checkLimits(db, [account], T0)).toEqual({ ok: true });
    expect(takeLimits(db, [account], T0)).toEqual({ ok: true });
    expect(checkLimits(db, [account], T0)).toEqual({
      ok: false,
      limit: "login.account",
      retryAfterSeconds: 15 * MINUTE,
    });
    expect(row("login.account:user:7")).toEqual({ hits: 5, window_started_at: T0, locked_until: T0 + 15 * MINUTE });
  });

  it("refuses while closed without counting, and says how long is left (the Retry-After value)", () => {
    take([account], 5);
    expect(takeLimits(db, [account], T0 + 10 * MINUTE)).toEqual({
      ok: false,
      limit: "login.account",
      retryAfterSeconds: 5 * MINUTE,
    });
    expect(row("login.account:user:7")).toMatchObject({ hits: 5 });
    expect(tooManyRequests(5 * MINUTE)).toEqual({ status: 429, headers: { "Retry-After": "300" } });
  });

  it("locks for lockSeconds from the hit that reached the limit, then opens with a fresh window", () => {
    take([account], 4, T0);
    takeLimits(db, [account], T0 + 14 * MINUTE);
    expect(checkLimits(db, [account], T0 + 28 * MINUTE)).toMatchObject({ ok: false, retryAfterSeconds: MINUTE });
    expect(takeLimits(db, [account], T0 + 29 * MINUTE)).toEqual({ ok: true });
    expect(row("login.account:user:7")).toEqual({ hits: 1, window_started_at: T0 + 29 * MINUTE, locked_until: null });
  });

  it("starts counting again when the window has passed without reaching the limit", () => {
    take([account], 4, T0);
    expect(takeLimits(db, [account], T0 + 15 * MINUTE)).toEqual({ ok: true });
    expect(row("login.account:user:7")).toMatchObject({ hits: 1, window_started_at: T0 + 15 * MINUTE });
  });

  it("without lockSeconds, stays closed until the window ends", () => {
    process.env.RATE_LIMITS = "upload.user=3";
    take([uploader], 2, T0);
    expect(takeLimits(db, [uploader], T0 + 20 * MINUTE)).toEqual({ ok: true });
    expect(takeLimits(db, [uploader], T0 + 20 * MINUTE)).toEqual({
      ok: false,
      limit: "upload.user",
      retryAfterSeconds: 40 * MINUTE,
    });
    expect(takeLimits(db, [uploader], T0 + 60 * MINUTE)).toEqual({ ok: true });
  });

  it("counts every subject of a hit, and refuses them all while one is closed (the longest wait)", () => {
    take([account, ip], 5);
    expect(row("login.ip:10.0.0.1")).toMatchObject({ hits: 5, locked_until: null });
    const other: LimitHit = { limit: "login.account", subject: "user:8" };
    expect(takeLimits(db, [other, ip], T0)).toEqual({ ok: true });
    expect(takeLimits(db, [account, ip], T0 + MINUTE)).toMatchObject({ ok: false, retryAfterSeconds: 14 * MINUTE });
    expect(row("login.ip:10.0.0.1")).toMatchObject({ hits: 6 });
  });

  it("keeps subjects and limits apart", () => {
    take([account], 5);
    expect(takeLimits(db, [{ limit: "login.account", subject: "user:70" }], T0)).toEqual({ ok: true });
    expect(takeLimits(db, [{ limit: "login.ip", subject: "user:7" }], T0)).toEqual({ ok: true });
  });
});

describe("giving back and clearing", () => {
  it("giveBackLimit takes one hit back and reopens a subject that falls under the limit", () => {
    process.env.RATE_LIMITS = "login.ip=2";
    take([ip], 2);
    expect(checkLimits(db, [ip], T0).ok).toBe(false);
    giveBackLimit(db, ip);
    expect(row("login.ip:10.0.0.1")).toMatchObject({ hits: 1, locked_until: null });
    expect(checkLimits(db, [ip], T0).ok).toBe(true);
  });

  it("clearLimit forgets the subject", () => {
    take([account], 5);
    clearLimit(db, account);
    expect(row("login.account:user:7")).toBeUndefined();
    expect(takeLimits(db, [account], T0)).toEqual({ ok: true });
  });

  it("pruneLimits removes rows whose window and lock are over, and keeps the others", () => {
    take([account], 5, T0);
    take([uploader], 1, T0);
    take([ip], 1, T0 + 2 * 60 * MINUTE);
    expect(pruneLimits(db, T0 + 2 * 60 * MINUTE)).toBe(2);
    expect(row("login.ip:10.0.0.1")).toBeDefined();
  });
});

describe("messages", () => {
  it("rounds the wait up to whole minutes, at least one", () => {
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60)).toBe(1);
    expect(minutesToWait(61)).toBe(2);
    expect(minutesToWait(15 * MINUTE)).toBe(15);
    expect(tooManyMessage(15 * MINUTE - 5)).toBe("limits.tooMany?minutes=15");
  });
});

describe("migration 0017", () => {
  it("carries the sign-in counters of login_throttle over under the new names", () => {
    // The migrations before 0017, applied from a folder of their own; then the real folder.
    const earlier = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-before-0017-"));
    for (const name of fs.readdirSync("db/migrations").filter((n) => /^\d{4}_.*\.sql$/.test(n) && n < "0017")) {
      fs.copyFileSync(path.join("db/migrations", name), path.join(earlier, name));
    }
    const old = openDatabase(":memory:");
    migrate(old, earlier);
    fs.rmSync(earlier, { recursive: true, force: true });
    old
      .prepare("INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)")
      .run("account:user:3", 5, T0, T0 + 900);
    old
      .prepare("INSERT INTO login_throttle (key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)")
      .run("ip:10.0.0.9", 2, T0, null);
    migrate(old);
    expect(old.prepare("SELECT * FROM rate_limit ORDER BY key").all()).toEqual([
      { key: "login.account:user:3", hits: 5, window_started_at: T0, locked_until: T0 + 900 },
      { key: "login.ip:10.0.0.9", hits: 2, window_started_at: T0, locked_until: null },
    ]);
    old.close();
  });
});
