import { describe, expect, it } from "vitest";
import { formatRupiah, parseRupiah } from "./rupiah";

describe("parseRupiah", () => {
  it.each([
    ["15.000.000", 15_000_000],
    ["Rp 15.000.000", 15_000_000],
    ["Rp15.000.000", 15_000_000],
    ["Rp. 15.000.000", 15_000_000],
    ["rp15000000", 15_000_000],
    ["RP 2.500", 2_500],
    ["15000000", 15_000_000],
    ["  15.000.000  ", 15_000_000],
    ["15 000 000", 15_000_000],
    ["1.500.000,00", 1_500_000],
    ["1.500.000,5", 1_500_000],
    ["1,500,000", 1_500_000],
    ["500", 500],
    ["0", 0],
    ["9007199254740991", Number.MAX_SAFE_INTEGER],
  ])("reads %j as %d", (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each([
    ["-5"],
    ["1.5"],
    ["15.00"],
    ["abc"],
    ["Rp"],
    [""],
    ["   "],
    ["12.34.567"],
    ["1.500.00"],
    ["15jt"],
    ["1e6"],
    ["9007199254740993"],
    ["99999999999999999999999"],
  ])("refuses %j", (input) => {
    expect(parseRupiah(input)).toBeNull();
  });

  it("returns whole numbers only", () => {
    const value = parseRupiah("1.234.567,89");
    expect(value).toBe(1_234_567);
    expect(Number.isInteger(value)).toBe(true);
  });
});

describe("formatRupiah", () => {
  it("writes Indonesian amounts with Rp and dots between thousands", () => {
    const text = formatRupiah(15_000_000, "id");
    expect(text).toContain("Rp");
    expect(text).toMatch(/15\.000\.000$/);
    expect(text).not.toContain(",");
  });

  it("uses Indonesian by default", () => {
    expect(formatRupiah(2_500)).toBe(formatRupiah(2_500, "id"));
  });

  it("writes no decimals", () => {
    expect(formatRupiah(1_500_000, "id")).not.toMatch(/,\d+$/);
    expect(formatRupiah(1_500_000, "en")).not.toMatch(/\.\d+$/);
  });

  it("refuses mixed thousands separators", () => {
    expect(parseRupiah("15.000.000,000")).toBeNull();
    expect(parseRupiah("1.500,000")).toBeNull();
  });

  it("groups English amounts with commas", () => {
    expect(formatRupiah(15_000_000, "en")).toMatch(/15,000,000$/);
  });

  // en-GB's own symbol for IDR is "IDR"; owners know "Rp" in either language.
  it("writes English amounts with Rp too", () => {
    expect(formatRupiah(15_000_000, "en")).toContain("Rp");
  });
});
