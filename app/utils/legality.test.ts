import { describe, expect, it } from "vitest";
import { expiryState, isIsoDate, normalizePermitNumber, permitNumberFormat } from "./legality";

describe("normalizePermitNumber: NIB", () => {
  it("accepts 13 digits", () => {
    expect(normalizePermitNumber("nib", "1234567890123")).toBe("1234567890123");
  });

  it("keeps only the digits when written with spaces, dots, dashes or slashes", () => {
    expect(normalizePermitNumber("nib", "1234 5678 90123")).toBe("1234567890123");
    expect(normalizePermitNumber("nib", "1234.5678.90123")).toBe("1234567890123");
    expect(normalizePermitNumber("nib", "1234-5678-90123")).toBe("1234567890123");
    expect(normalizePermitNumber("nib", "1234/5678/90123")).toBe("1234567890123");
    expect(normalizePermitNumber("nib", "  1234567890123  ")).toBe("1234567890123");
  });

  it("refuses 12 or 14 digits", () => {
    expect(normalizePermitNumber("nib", "123456789012")).toBeNull();
    expect(normalizePermitNumber("nib", "12345678901234")).toBeNull();
  });

  it("refuses letters", () => {
    expect(normalizePermitNumber("nib", "12345678901AB")).toBeNull();
    expect(normalizePermitNumber("nib", "NIB 1234567890123")).toBeNull();
    expect(normalizePermitNumber("nib", "")).toBeNull();
  });
});

describe("normalizePermitNumber: NPWP", () => {
  it("accepts 16 digits, written plainly or with dots", () => {
    expect(normalizePermitNumber("npwp", "3204123456780001")).toBe("3204123456780001");
    expect(normalizePermitNumber("npwp", "3204.1234.5678.0001")).toBe("3204123456780001");
    expect(normalizePermitNumber("npwp", "3204 1234 5678 0001")).toBe("3204123456780001");
  });

  it("refuses the old 15-digit layout and 17 digits", () => {
    expect(normalizePermitNumber("npwp", "01.234.567.8-901.000")).toBeNull();
    expect(normalizePermitNumber("npwp", "123456789012345")).toBeNull();
    expect(normalizePermitNumber("npwp", "12345678901234567")).toBeNull();
  });
});

describe("normalizePermitNumber: SPP-IRT / P-IRT", () => {
  it("accepts 15 digits, with the usual dash and prefixes", () => {
    expect(normalizePermitNumber("spp_irt", "123456789012345")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "1234567890123-45")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "P-IRT No. 1234567890123-45")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "PIRT 123456789012345")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "SPP-IRT 1234567890123-45")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "p-irt no 1234567890123-45")).toBe("123456789012345");
  });

  it("refuses 14 or 16 digits", () => {
    expect(normalizePermitNumber("spp_irt", "12345678901234")).toBeNull();
    expect(normalizePermitNumber("spp_irt", "1234567890123-4")).toBeNull();
    expect(normalizePermitNumber("spp_irt", "1234567890123456")).toBeNull();
  });

  it("refuses other letters", () => {
    expect(normalizePermitNumber("spp_irt", "MD 123456789012345")).toBeNull();
    expect(normalizePermitNumber("spp_irt", "12345678901234X")).toBeNull();
  });
});

describe("normalizePermitNumber: other items (free text)", () => {
  it("accepts letters, digits, spaces, dots, dashes and slashes, trimmed", () => {
    expect(normalizePermitNumber("halal", "ID32110000123450922")).toBe("ID32110000123450922");
    expect(normalizePermitNumber("bpom_md", "MD 123456789012")).toBe("MD 123456789012");
    expect(normalizePermitNumber("bpom_notifikasi", "NA18230100123")).toBe("NA18230100123");
    expect(normalizePermitNumber("sni", "SPPT-SNI 7617/2013")).toBe("SPPT-SNI 7617/2013");
    expect(normalizePermitNumber("halal", "  ID32110000123450922 ")).toBe("ID32110000123450922");
  });

  it("accepts 3 and 60 characters, refuses 2 and 61", () => {
    expect(normalizePermitNumber("halal", "abc")).toBe("abc");
    expect(normalizePermitNumber("halal", "a".repeat(60))).toBe("a".repeat(60));
    expect(normalizePermitNumber("halal", "ab")).toBeNull();
    expect(normalizePermitNumber("halal", "a".repeat(61))).toBeNull();
  });

  it("refuses empty input, markup and other symbols", () => {
    expect(normalizePermitNumber("halal", "")).toBeNull();
    expect(normalizePermitNumber("halal", "   ")).toBeNull();
    expect(normalizePermitNumber("bpom_md", "<script>")).toBeNull();
    expect(normalizePermitNumber("bpom_md", "MD 1234; DROP")).toBeNull();
    expect(normalizePermitNumber("bpom_md", "-MD 123")).toBeNull();
  });
});

describe("permitNumberFormat", () => {
  it("names the three fixed formats and calls the rest free", () => {
    expect(permitNumberFormat("nib")).toBe("nib");
    expect(permitNumberFormat("npwp")).toBe("npwp");
    expect(permitNumberFormat("spp_irt")).toBe("spp_irt");
    expect(permitNumberFormat("halal")).toBe("free");
    expect(permitNumberFormat("bpom_md")).toBe("free");
    expect(permitNumberFormat("anything")).toBe("free");
  });
});

describe("isIsoDate", () => {
  it("accepts real yyyy-mm-dd dates, leap days included", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-12-31")).toBe(true);
  });

  it("refuses dates that do not exist", () => {
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-00-10")).toBe(false);
    expect(isIsoDate("2026-01-00")).toBe(false);
  });

  it("refuses other layouts and empty input", () => {
    expect(isIsoDate("28-02-2026")).toBe(false);
    expect(isIsoDate("2026/02/28")).toBe(false);
    expect(isIsoDate("2026-2-28")).toBe(false);
    expect(isIsoDate("2026-02-28T00:00:00Z")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });
});

describe("expiryState", () => {
  const today = new Date("2026-11-29T10:00:00Z");

  it("is expired from the day after the end date", () => {
    expect(expiryState("2026-11-28", today)).toBe("expired");
    expect(expiryState("2020-01-01", today)).toBe("expired");
  });

  it("is renew_soon from today up to exactly six months ahead", () => {
    expect(expiryState("2026-11-29", today)).toBe("renew_soon");
    expect(expiryState("2027-01-15", today)).toBe("renew_soon");
    expect(expiryState("2027-05-29", today)).toBe("renew_soon");
  });

  it("is valid beyond six months", () => {
    expect(expiryState("2027-05-30", today)).toBe("valid");
    expect(expiryState("2031-11-29", today)).toBe("valid");
  });

  it("uses the UTC day of `today`, not its time", () => {
    expect(expiryState("2026-11-29", new Date("2026-11-29T00:00:00Z"))).toBe("renew_soon");
    expect(expiryState("2026-11-29", new Date("2026-11-29T23:59:59Z"))).toBe("renew_soon");
    expect(expiryState("2026-11-28", new Date("2026-11-29T00:00:00Z"))).toBe("expired");
  });
});

describe("fixes after review", () => {
  it("keeps the six-month window inside short months", () => {
    expect(expiryState("2027-02-28", new Date("2026-08-31T10:00:00Z"))).toBe("renew_soon");
    expect(expiryState("2027-03-01", new Date("2026-08-31T10:00:00Z"))).toBe("valid");
  });

  it("refuses to judge a date that is not one", () => {
    expect(() => expiryState("2026-02-30", new Date("2026-01-01T00:00:00Z"))).toThrow();
  });

  it("accepts pasted spacing and more P-IRT prefixes", () => {
    expect(normalizePermitNumber("halal", "ID\u00a0123\t456")).toBe("ID 123 456");
    expect(normalizePermitNumber("spp_irt", "P-IRT: 1234567890123-45")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "SPP-IRT No: 1234567890123-45")).toBe("123456789012345");
    expect(normalizePermitNumber("spp_irt", "No. P-IRT 1234567890123-45")).toBe("123456789012345");
  });
});
