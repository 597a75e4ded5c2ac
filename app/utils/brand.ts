// The brand identity: colours and the gentle warnings about a brand name, safe in the browser.
import type { ProductCategory } from "~/utils/journey/template-types";

export const COLOUR_SLOTS = [1, 2, 3, 4] as const;
/** Warm, readable starting colours; the owner changes them. */
export const DEFAULT_COLOURS = ["#9a3412", "#fef3c7", "#166534", "#1e3a8a"] as const;
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

// Words that say what a product is or that it is good, not whose it is. A name made only of
// such words cannot be a trademark (UU 20/2016 Pasal 20: tidak memiliki daya pembeda).
const GENERIC_WORDS = new Set(
  (
    "keripik kripik kerupuk krupuk kue roti sambal sambel kopi teh susu jamu madu batik tenun songket kain " +
    "baju kaos tas sepatu sandal kerajinan anyaman rotan bambu makanan minuman snack camilan cemilan jajanan " +
    "frozen food olahan sayur buah ikan ayam bakso rendang dodol wajik enak lezat nikmat gurih mantap maknyus " +
    "murah super spesial special original asli premium terbaik best official store shop toko warung kedai " +
    "rumah house home kitchen dapur produk product online indonesia nusantara khas"
  ).split(" "),
);

// Words that promise health. BPOM refuses such trade names for processed food. Whole words
// only, so "Sehati" (of one heart) is not taken for "sehat"; stems also match longer words.
const HEALTH_CLAIM_WORDS = new Set([
  "sehat",
  "obat",
  "sembuh",
  "menyembuhkan",
  "diet",
  "kuat",
  "herbal",
  "healthy",
  "cure",
]);
const HEALTH_CLAIM_STEMS = [
  "imun",
  "langsing",
  "pelangsing",
  "stamina",
  "detoks",
  "detox",
  "antikanker",
  "diabetes",
  "kolesterol",
];

export type BrandNameWarning = "generic" | "healthClaim";

function words(name: string): string[] {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9\s]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Warnings for a brand name, not refusals: a name made only of generic words, and, for food
 * and drink, words that claim health benefits.
 */
export function brandNameWarnings(name: string, categories: readonly ProductCategory[]): BrandNameWarning[] {
  const list = words(name);
  if (list.length === 0) return [];
  const warnings: BrandNameWarning[] = [];
  if (list.every((word) => GENERIC_WORDS.has(word) || /^\d+$/.test(word))) warnings.push("generic");
  const food = categories.some((c) => c === "processed_food" || c === "ready_meal" || c === "fresh_produce");
  const claims = (word: string) =>
    HEALTH_CLAIM_WORDS.has(word) || HEALTH_CLAIM_STEMS.some((stem) => word.startsWith(stem));
  if (food && list.some(claims)) {
    warnings.push("healthClaim");
  }
  return warnings;
}

/** Black or white text, whichever reads better on `hex` (WCAG relative luminance). */
export function textColourOn(hex: string): "#000000" | "#ffffff" {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return luminance > 0.179 ? "#000000" : "#ffffff";
}
