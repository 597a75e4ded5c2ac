import { describe, expect, it } from "vitest";
import { formatIndonesianMobile, normalizeIndonesianMobile } from "./phone";

describe("normalizeIndonesianMobile", () => {
  it.each([
    ["081234567890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["+6281234567890", "+6281234567890"],
    ["0812 3456 7890", "+6281234567890"],
    ["0812-3456-7890", "+6281234567890"],
    ["+62 812-3456-7890", "+6281234567890"],
    ["(0812) 3456.7890", "+6281234567890"],
    ["  085712345678  ", "+6285712345678"],
    // shortest (9 digits after +62) and longest (12 digits after +62) mobiles
    ["0812345678", "+62812345678"],
    ["0812345678901", "+62812345678901"],
  ])("normalises %j to %s", (input, expected) => {
    expect(normalizeIndonesianMobile(input)).toBe(expected);
  });

  it.each([
    ["021 1234 5678", "Jakarta landline"],
    ["+62215551234", "landline with country code"],
    ["081234567", "too short (8 digits after country code)"],
    ["08123456789012", "too long (13 digits after country code)"],
    ["0812abcd7890", "letters"],
    ["", "empty"],
    ["   ", "blank"],
    ["+6081234567890", "wrong country code"],
    ["+62081234567890", "trunk zero after country code"],
    ["81234567890", "no prefix at all"],
    ["0812/3456/7890", "unsupported separator"],
  ])("rejects %j (%s)", (input) => {
    expect(normalizeIndonesianMobile(input)).toBeNull();
  });
});

describe("formatIndonesianMobile", () => {
  it("writes E.164 numbers the Indonesian way", () => {
    expect(formatIndonesianMobile("+6281234567890")).toBe("0812-3456-7890");
    expect(formatIndonesianMobile("+62812345678")).toBe("0812-3456-78");
  });

  it("leaves numbers from other countries unchanged", () => {
    expect(formatIndonesianMobile("+6591234567")).toBe("+6591234567");
  });

  it("round-trips with normalizeIndonesianMobile", () => {
    const e164 = "+6285712345678";
    expect(normalizeIndonesianMobile(formatIndonesianMobile(e164))).toBe(e164);
  });
});
