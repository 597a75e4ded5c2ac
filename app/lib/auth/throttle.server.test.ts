import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db.server";
import { createTestDb } from "../test-db.server";
import type { ThrottleKeys } from "./throttle.server";
import {
  clearAccountFailures,
  lockedForSeconds,
  recordLoginFailure,
  THROTTLE_RULES,
  throttleKeys,
} from "./throttle.server";

const T0 = 1_800_000_000;
const MINUTE = 60;

let db: Db;

function fail(keys: ThrottleKeys, times: number, now = T0): void {
  for (let i = 0; i < times; i += 1) recordLoginFailure(db, keys, now);
}

function failures(key: string): number | undefined {
  return db.prepare("SELECT failures FROM login_throttle WHERE key = ?").pluck().get(key) as number | undefined;
}

beforeEach(() => {
  db = createTestDb();
});

describe("throttleKeys", () => {
  it("normalises the identifier's case and surrounding spaces", () => {
    expect(throttleKeys("  Siti@Contoh.ID ", "10.0.0.1")).toEqual({
      account: "account:siti@contoh.id",
      ip: "ip:10.0.0.1",
    });
  });
});

describe("per-account throttle", () => {
  const keys = throttleKeys("siti@contoh.id", "10.0.0.1");

  it("lets four failures through", () => {
    fail(keys, 4);
    expect(lockedForSeconds(db, keys, T0)).toBe(0);
  });

  it("locks the account for 15 minutes after the fifth failure", () => {
    fail(keys, 5);
    expect(lockedForSeconds(db, keys, T0)).toBe(15 * MINUTE);
    expect(lockedForSeconds(db, keys, T0 + 10 * MINUTE)).toBe(5 * MINUTE);
    expect(lockedForSeconds(db, keys, T0 + 15 * MINUTE)).toBe(0);
  });

  it("locks the account from any IP address, but not other accounts", () => {
    fail(keys, 5);
    expect(lockedForSeconds(db, throttleKeys("SITI@contoh.id", "192.168.1.1"), T0)).toBeGreaterThan(0);
    expect(lockedForSeconds(db, throttleKeys("budi@contoh.id", "192.168.1.1"), T0)).toBe(0);
  });

  it("starts a new window after 15 minutes", () => {
    fail(keys, 4, T0);
    fail(keys, 1, T0 + 15 * MINUTE);
    expect(failures(keys.account)).toBe(1);
    expect(lockedForSeconds(db, keys, T0 + 15 * MINUTE)).toBe(0);
  });

  it("keeps counting within the window", () => {
    fail(keys, 4, T0);
    fail(keys, 1, T0 + 15 * MINUTE - 1);
    expect(lockedForSeconds(db, keys, T0 + 15 * MINUTE - 1)).toBe(15 * MINUTE);
  });

  it("clearAccountFailures unlocks the account but keeps the IP's count", () => {
    fail(keys, 5);
    clearAccountFailures(db, keys);
    expect(lockedForSeconds(db, keys, T0)).toBe(0);
    expect(failures(keys.account)).toBeUndefined();
    expect(failures(keys.ip)).toBe(5);
  });
});

describe("per-IP throttle", () => {
  const ip = "10.0.0.2";
  const accountKeys = (i: number) => throttleKeys(`user${i}@contoh.id`, ip);

  it("uses a far higher limit than per account", () => {
    expect(THROTTLE_RULES.ip.maxFailures).toBe(50);
    expect(THROTTLE_RULES.account.maxFailures).toBe(5);
  });

  it("allows 49 failures across different accounts", () => {
    for (let i = 0; i < 49; i += 1) fail(accountKeys(i), 1);
    expect(lockedForSeconds(db, accountKeys(999), T0)).toBe(0);
  });

  it("locks the address after 50 failures across different accounts", () => {
    for (let i = 0; i < 50; i += 1) fail(accountKeys(i), 1);
    expect(failures(`ip:${ip}`)).toBe(50);
    expect(lockedForSeconds(db, accountKeys(999), T0)).toBe(15 * MINUTE);
    // Other addresses are unaffected.
    expect(lockedForSeconds(db, throttleKeys("user999@contoh.id", "10.0.0.3"), T0)).toBe(0);
  });
});
