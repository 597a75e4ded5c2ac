import { describe, expect, it } from "vitest";
import { DEFAULT_STALLED_AFTER_DAYS, daysSince, isStalled, stalledCutoff, type StalledFacts } from "./stalled";

const DAY = 24 * 60 * 60;
// 2026-03-15 10:00 WIB
const NOW = Date.UTC(2026, 2, 15, 3, 0, 0) / 1000;
const TODAY = "2026-03-15";
const DAYS = 14;

const facts = (over: Partial<StalledFacts> = {}): StalledFacts => ({
  goOnlineAt: null,
  lastActivityAt: NOW,
  nextFollowUpOn: null,
  ...over,
});

const stalled = (over: Partial<StalledFacts>, days = DAYS) => isStalled(facts(over), NOW, TODAY, days);

describe("stalledCutoff", () => {
  it("is `days` whole days before now", () => {
    expect(stalledCutoff(NOW, 14)).toBe(NOW - 14 * DAY);
    expect(stalledCutoff(NOW, 1)).toBe(NOW - DAY);
    expect(stalledCutoff(NOW, 0)).toBe(NOW);
  });

  it("defaults to 14 days in the app", () => {
    expect(DEFAULT_STALLED_AFTER_DAYS).toBe(14);
  });
});

describe("isStalled: quiet for too long", () => {
  const cutoff = stalledCutoff(NOW, DAYS);

  it("is not stalled with activity just now", () => {
    expect(stalled({ lastActivityAt: NOW })).toBe(false);
  });

  it("is not stalled when the last activity is exactly at the cutoff", () => {
    expect(stalled({ lastActivityAt: cutoff })).toBe(false);
  });

  it("is stalled one second before the cutoff", () => {
    expect(stalled({ lastActivityAt: cutoff - 1 })).toBe(true);
  });

  it("is not stalled one second after the cutoff", () => {
    expect(stalled({ lastActivityAt: cutoff + 1 })).toBe(false);
  });

  it("follows the configured number of days", () => {
    const tenDaysAgo = NOW - 10 * DAY - 1;
    expect(stalled({ lastActivityAt: tenDaysAgo }, 14)).toBe(false);
    expect(stalled({ lastActivityAt: tenDaysAgo }, 10)).toBe(true);
    expect(stalled({ lastActivityAt: NOW - DAY - 1 }, 1)).toBe(true);
    expect(stalled({ lastActivityAt: NOW - DAY }, 1)).toBe(false);
  });

  it("is stalled for very old activity (the sign-up long ago)", () => {
    expect(stalled({ lastActivityAt: 0 })).toBe(true);
  });
});

describe("isStalled: graduated enterprises", () => {
  it("is never stalled once online, however quiet", () => {
    expect(stalled({ goOnlineAt: NOW - 100 * DAY, lastActivityAt: 0 })).toBe(false);
  });

  it("is never stalled once online, even with a passed follow-up date", () => {
    expect(stalled({ goOnlineAt: NOW, nextFollowUpOn: "2020-01-01" })).toBe(false);
  });

  it("treats go_online_at 0 as online (a value, not null)", () => {
    expect(stalled({ goOnlineAt: 0, lastActivityAt: 0 })).toBe(false);
  });
});

describe("isStalled: the follow-up date", () => {
  it("stalls when the follow-up date was yesterday", () => {
    expect(stalled({ nextFollowUpOn: "2026-03-14" })).toBe(true);
  });

  it("does not stall when the follow-up date is today", () => {
    expect(stalled({ nextFollowUpOn: TODAY })).toBe(false);
  });

  it("does not stall when the follow-up date is in the future", () => {
    expect(stalled({ nextFollowUpOn: "2026-03-16" })).toBe(false);
    expect(stalled({ nextFollowUpOn: "2027-01-01" })).toBe(false);
  });

  it("stalls for a follow-up date long past, across month and year", () => {
    expect(stalled({ nextFollowUpOn: "2026-02-28" })).toBe(true);
    expect(stalled({ nextFollowUpOn: "2025-12-31" })).toBe(true);
  });

  it("with no follow-up date, only the quiet rule applies", () => {
    expect(stalled({ nextFollowUpOn: null })).toBe(false);
    expect(stalled({ nextFollowUpOn: null, lastActivityAt: stalledCutoff(NOW, DAYS) - 1 })).toBe(true);
  });

  it("a future follow-up does not rescue a quiet enterprise", () => {
    expect(stalled({ nextFollowUpOn: "2026-04-01", lastActivityAt: stalledCutoff(NOW, DAYS) - 1 })).toBe(true);
  });
});

describe("daysSince", () => {
  it("counts whole days, rounding down", () => {
    expect(daysSince(NOW, NOW)).toBe(0);
    expect(daysSince(NOW - DAY + 1, NOW)).toBe(0);
    expect(daysSince(NOW - DAY, NOW)).toBe(1);
    expect(daysSince(NOW - 14 * DAY - 1, NOW)).toBe(14);
    expect(daysSince(NOW - 15 * DAY, NOW)).toBe(15);
  });

  it("is never negative for a moment in the future", () => {
    expect(daysSince(NOW + 3 * DAY, NOW)).toBe(0);
  });
});
