import { describe, expect, it } from "vitest";
import { isCalendarDay } from "./filters";
import { parseSessionExport } from "./session-export";

const parse = (query: string) => parseSessionExport(new URLSearchParams(query));

describe("the sessions export's date range", () => {
  it("accepts a real range", () => {
    expect(parse("from=2026-01-01&to=2026-03-31")).toEqual({
      ok: true,
      value: { from: "2026-01-01", to: "2026-03-31", province: undefined },
    });
  });

  it.each([
    ["nothing", "", { from: "dashboard.export.sessions.fromRequired", to: "dashboard.export.sessions.toRequired" }],
    ["an impossible month", "from=2026-13-45&to=2026-01-01", { from: "dashboard.export.sessions.badDate" }],
    ["the 30th of February", "from=2026-02-30&to=2026-03-01", { from: "dashboard.export.sessions.badDate" }],
    [
      "words",
      "from=kemarin&to=besok",
      { from: "dashboard.export.sessions.badDate", to: "dashboard.export.sessions.badDate" },
    ],
    ["an end before the start", "from=2026-03-01&to=2026-02-01", { to: "dashboard.export.sessions.toBeforeFrom" }],
    ["more than a year", "from=2025-01-01&to=2026-03-01", { to: "dashboard.export.sessions.tooLong" }],
  ])("refuses %s with a message at the field, without throwing", (_what, query, errors) => {
    expect(parse(query)).toEqual({ ok: false, errors });
  });

  it("knows calendar days", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("9999-99-99")).toBe(false);
  });
});
