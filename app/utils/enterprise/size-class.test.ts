import { describe, expect, it } from "vitest";
import { computeSizeClass, sizeClassByCapital, sizeClassBySales } from "./size-class";

const BILLION = 1_000_000_000;

describe("sizeClassBySales (PP 7/2021 Art. 35, annual sales)", () => {
  it.each([
    [0, "mikro"],
    [1, "mikro"],
    [96_000_000, "mikro"],
    [2 * BILLION, "mikro"],
    [2 * BILLION + 1, "kecil"],
    [15 * BILLION, "kecil"],
    [15 * BILLION + 1, "menengah"],
    [50 * BILLION, "menengah"],
    [50 * BILLION + 1, "besar"],
    [1_000 * BILLION, "besar"],
  ] as const)("Rp%d → %s", (sales, expected) => {
    expect(sizeClassBySales(sales)).toBe(expected);
  });
});

describe("sizeClassByCapital (PP 7/2021 Art. 35, capital without land and buildings)", () => {
  it.each([
    [0, "mikro"],
    [1 * BILLION, "mikro"],
    [1 * BILLION + 1, "kecil"],
    [5 * BILLION, "kecil"],
    [5 * BILLION + 1, "menengah"],
    [10 * BILLION, "menengah"],
    [10 * BILLION + 1, "besar"],
  ] as const)("Rp%d → %s", (capital, expected) => {
    expect(sizeClassByCapital(capital)).toBe(expected);
  });
});

describe("computeSizeClass", () => {
  it("classes by sales when there are sales, even if capital points elsewhere", () => {
    expect(computeSizeClass(50_000_000, 3 * BILLION)).toEqual({
      sizeClass: "kecil",
      basis: "sales",
      byCapital: "mikro",
      bySales: "kecil",
      mismatch: true,
    });
  });

  it("classes by sales alone when capital is unknown, without a mismatch", () => {
    expect(computeSizeClass(null, 20 * BILLION)).toEqual({
      sizeClass: "menengah",
      basis: "sales",
      byCapital: null,
      bySales: "menengah",
      mismatch: false,
    });
  });

  it("reports no mismatch when capital and sales agree", () => {
    expect(computeSizeClass(200_000_000, 96_000_000)).toEqual({
      sizeClass: "mikro",
      basis: "sales",
      byCapital: "mikro",
      bySales: "mikro",
      mismatch: false,
    });
  });

  it("flags a mismatch in either direction", () => {
    expect(computeSizeClass(6 * BILLION, 1 * BILLION)).toMatchObject({ sizeClass: "mikro", mismatch: true });
    expect(computeSizeClass(1 * BILLION, 2 * BILLION + 1)).toMatchObject({ sizeClass: "kecil", mismatch: true });
  });

  it("classes by capital when sales are unknown", () => {
    expect(computeSizeClass(1 * BILLION + 1, null)).toEqual({
      sizeClass: "kecil",
      basis: "capital",
      byCapital: "kecil",
      bySales: null,
      mismatch: false,
    });
  });

  it("classes by capital when sales are zero (a business that has not sold yet)", () => {
    expect(computeSizeClass(6 * BILLION, 0)).toEqual({
      sizeClass: "menengah",
      basis: "capital",
      byCapital: "menengah",
      bySales: null,
      mismatch: false,
    });
  });

  it("uses capital 0 as a real amount", () => {
    expect(computeSizeClass(0, null)).toMatchObject({ sizeClass: "mikro", basis: "capital" });
    expect(computeSizeClass(0, 0)).toMatchObject({ sizeClass: "mikro", basis: "capital" });
  });

  it("returns null when neither amount is known", () => {
    expect(computeSizeClass(null, null)).toBeNull();
    expect(computeSizeClass(null, 0)).toBeNull();
  });
});
