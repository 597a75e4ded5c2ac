import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { summarizeDetails } from "./summary";

const id = translator("id");
const en = translator("en");

describe("summarizeDetails", () => {
  it("describes known shapes in the page's language", () => {
    expect(summarizeDetails(id, "settings.stalled_after_days", { old: 14, new: 21 })).toBe("Dari 14 menjadi 21 hari");
    expect(summarizeDetails(en, "settings.stalled_after_days", { old: 14, new: 21 })).toBe("From 14 to 21 days");
    expect(summarizeDetails(id, "export.caseload", { filters: { q: "ayu", view: "stalled" }, rows: 3 })).toBe(
      "3 baris; saringan: q=ayu, view=stalled",
    );
    expect(summarizeDetails(en, "export.caseload", { filters: {}, rows: 12 })).toBe("12 rows, no filters");
    expect(summarizeDetails(id, "review.approve", { task: "profile" })).toBe("Tugas: profile");
    expect(
      summarizeDetails(en, "settings.targets", { year: 2031, changes: { national: [null, 5], "11": [1, 2] } }),
    ).toBe("Year 2031: 2 targets changed");
  });

  it("falls back to key: value pairs, cut short, and never to markup", () => {
    expect(summarizeDetails(id, "account.invite", { role: "mentor", region: { code: "32" } })).toBe(
      'role: mentor; region: {"code":"32"}',
    );
    const long = summarizeDetails(id, "impact.record", { note: "<b>x</b>".repeat(100) });
    expect(long).toHaveLength(200);
    expect(long.endsWith("…")).toBe(true);
    expect(summarizeDetails(id, "auth.login", null)).toBe("");
  });
});
