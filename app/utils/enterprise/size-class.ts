// Size classes of PP 7/2021 Art. 35 (capital excludes land and buildings). Integer rupiah.
export const SIZE_CLASSES = ["mikro", "kecil", "menengah", "besar"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

const BILLION = 1_000_000_000;

/** Upper bounds (inclusive) per class; anything above menengah is a large business. */
const CAPITAL_LIMITS = { mikro: 1 * BILLION, kecil: 5 * BILLION, menengah: 10 * BILLION } as const;
const SALES_LIMITS = { mikro: 2 * BILLION, kecil: 15 * BILLION, menengah: 50 * BILLION } as const;

function classify(amount: number, limits: { mikro: number; kecil: number; menengah: number }): SizeClass {
  if (amount <= limits.mikro) return "mikro";
  if (amount <= limits.kecil) return "kecil";
  if (amount <= limits.menengah) return "menengah";
  return "besar";
}

export function sizeClassByCapital(capitalRupiah: number): SizeClass {
  return classify(capitalRupiah, CAPITAL_LIMITS);
}

export function sizeClassBySales(annualSalesRupiah: number): SizeClass {
  return classify(annualSalesRupiah, SALES_LIMITS);
}

export type SizeClassResult = {
  sizeClass: SizeClass;
  /** Which criterion decided: PP 7/2021 uses sales for running businesses, capital at set-up. */
  basis: "sales" | "capital";
  byCapital: SizeClass | null;
  bySales: SizeClass | null;
  /** Capital and sales point to different classes: a mentor should look. */
  mismatch: boolean;
};

/**
 * The enterprise's size class. A business with annual sales is classed by sales;
 * one that has not sold for a year yet (sales unknown or zero) by its capital.
 */
export function computeSizeClass(
  capitalRupiah: number | null,
  annualSalesRupiah: number | null,
): SizeClassResult | null {
  const byCapital = capitalRupiah === null ? null : sizeClassByCapital(capitalRupiah);
  const bySales = annualSalesRupiah === null || annualSalesRupiah === 0 ? null : sizeClassBySales(annualSalesRupiah);
  if (bySales)
    return { sizeClass: bySales, basis: "sales", byCapital, bySales, mismatch: !!byCapital && byCapital !== bySales };
  if (byCapital) return { sizeClass: byCapital, basis: "capital", byCapital, bySales, mismatch: false };
  return null;
}
