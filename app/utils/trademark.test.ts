import { describe, expect, it } from "vitest";
import {
  COMMON_CLASSES,
  FILING_FEE_PER_CLASS,
  normalizeApplicationNumber,
  normalizeRegistrationNumber,
  pdkiSearchUrl,
  suggestedClasses,
  TRADEMARK_STATUSES,
} from "./trademark";
import { PRODUCT_CATEGORIES, type ProductCategory } from "~/utils/journey/template-types";

describe("suggestedClasses", () => {
  it.each<[ProductCategory, number[]]>([
    ["processed_food", [29, 30, 32]],
    ["ready_meal", [30, 43]],
    ["cosmetics_jamu", [3, 5]],
    ["fashion_textile", [24, 25]],
    ["craft", [18, 20, 21]],
    ["fresh_produce", [31]],
    ["services", [35, 44]],
  ])("suggests for %s the classes %j, in class order", (category, classes) => {
    expect(suggestedClasses([category])).toEqual(classes);
  });

  it("merges several categories, without duplicates, sorted numerically", () => {
    // 30 is in both processed_food and ready_meal.
    expect(suggestedClasses(["ready_meal", "processed_food"])).toEqual([29, 30, 32, 43]);
    expect(suggestedClasses(["services", "cosmetics_jamu", "fresh_produce"])).toEqual([3, 5, 31, 35, 44]);
  });

  it("sorts numerically, not as text (5 before 18)", () => {
    expect(suggestedClasses(["craft", "cosmetics_jamu"])).toEqual([3, 5, 18, 20, 21]);
  });

  it("ignores a category listed twice", () => {
    expect(suggestedClasses(["processed_food", "processed_food"])).toEqual([29, 30, 32]);
  });

  it("suggests nothing without categories", () => {
    expect(suggestedClasses([])).toEqual([]);
  });

  it("suggests, for every category, only Nice classes that the page can describe", () => {
    for (const category of PRODUCT_CATEGORIES) {
      const classes = suggestedClasses([category]);
      expect(classes.length).toBeGreaterThan(0);
      for (const c of classes) {
        expect(c).toBeGreaterThanOrEqual(1);
        expect(c).toBeLessThanOrEqual(45);
        expect(COMMON_CLASSES[c], `class ${c} of ${category}`).toBeDefined();
      }
    }
  });

  it("does not change the categories it is given", () => {
    const categories: ProductCategory[] = ["ready_meal", "processed_food"];
    suggestedClasses(categories);
    expect(categories).toEqual(["ready_meal", "processed_food"]);
    // Nor the table behind it: a caller sorting or pushing on the result does no harm.
    suggestedClasses(["ready_meal"]).push(99);
    expect(suggestedClasses(["ready_meal"])).toEqual([30, 43]);
  });
});

describe("normalizeApplicationNumber", () => {
  it("accepts goods (DID) and services (JID) numbers as typed", () => {
    expect(normalizeApplicationNumber("DID2025012345")).toBe("DID2025012345");
    expect(normalizeApplicationNumber("JID2024000001")).toBe("JID2024000001");
  });

  it("removes spaces, dashes and dots and upper-cases the prefix", () => {
    expect(normalizeApplicationNumber("did 2025 012345")).toBe("DID2025012345");
    expect(normalizeApplicationNumber("JID-2024-000001")).toBe("JID2024000001");
    expect(normalizeApplicationNumber("jid.2024.000001")).toBe("JID2024000001");
    expect(normalizeApplicationNumber("  DiD2025012345\t")).toBe("DID2025012345");
  });

  it.each(["IDM2025012345", "XID2025012345", "ID2025012345", "2025012345"])(
    "refuses %j: the prefix is not DID or JID",
    (raw) => {
      expect(normalizeApplicationNumber(raw)).toBeNull();
    },
  );

  it.each(["DID202501234", "DID20250123456", "DID", "JID2025-01234"])("refuses %j: not 10 digits", (raw) => {
    expect(normalizeApplicationNumber(raw)).toBeNull();
  });

  it("refuses letters among the digits and an empty entry", () => {
    expect(normalizeApplicationNumber("DID2025O12345")).toBeNull();
    expect(normalizeApplicationNumber("DID2025/012345")).toBeNull();
    expect(normalizeApplicationNumber("")).toBeNull();
    expect(normalizeApplicationNumber("   ")).toBeNull();
  });
});

describe("normalizeRegistrationNumber", () => {
  it("accepts IDM followed by 9 digits, however it was typed", () => {
    expect(normalizeRegistrationNumber("IDM000123456")).toBe("IDM000123456");
    expect(normalizeRegistrationNumber("idm 000 123 456")).toBe("IDM000123456");
    expect(normalizeRegistrationNumber("IDM-000-123-456")).toBe("IDM000123456");
    expect(normalizeRegistrationNumber("idm.000.123.456")).toBe("IDM000123456");
  });

  it("refuses 8 or 10 digits", () => {
    expect(normalizeRegistrationNumber("IDM00012345")).toBeNull();
    expect(normalizeRegistrationNumber("IDM 000 123 45")).toBeNull();
    expect(normalizeRegistrationNumber("IDM0001234567")).toBeNull();
  });

  it("refuses another prefix, including an application number", () => {
    expect(normalizeRegistrationNumber("DID2025012345")).toBeNull();
    expect(normalizeRegistrationNumber("IDX000123456")).toBeNull();
    expect(normalizeRegistrationNumber("000123456")).toBeNull();
    expect(normalizeRegistrationNumber("")).toBeNull();
  });
});

describe("pdkiSearchUrl", () => {
  it("searches PDKI's trademarks for the name", () => {
    expect(pdkiSearchUrl("Keripik")).toBe(
      "https://pdki-indonesia.dgip.go.id/search?type=trademark&keyword=Keripik&page=1",
    );
  });

  it("encodes the name, so spaces and symbols cannot break the query", () => {
    const url = pdkiSearchUrl("Keripik Bu Siti & Co?");
    expect(url).toBe(
      "https://pdki-indonesia.dgip.go.id/search?type=trademark&keyword=Keripik%20Bu%20Siti%20%26%20Co%3F&page=1",
    );
    const params = new URL(url).searchParams;
    expect(params.get("keyword")).toBe("Keripik Bu Siti & Co?");
    expect(params.get("type")).toBe("trademark");
    expect(params.get("page")).toBe("1");
  });

  it("encodes letters outside ASCII and '#', '=' and '/'", () => {
    const url = pdkiSearchUrl("Kopi Ñusantara #1 = a/b");
    expect(url).not.toContain("#");
    expect(new URL(url).searchParams.get("keyword")).toBe("Kopi Ñusantara #1 = a/b");
  });
});

describe("constants", () => {
  it("has the PP 28/2019 online filing fees per class", () => {
    expect(FILING_FEE_PER_CLASS).toEqual({ umk: 500_000, general: 1_800_000 });
  });

  it("lists the trademark statuses in plan order", () => {
    expect(TRADEMARK_STATUSES).toEqual(["not_planned", "preparing", "filed", "registered"]);
  });
});
