// The trademark plan on the "Merek & hak cipta" task: Nice classes, statuses, number formats
// and fees (PP 28/2019). Safe in the browser.
import type { ProductCategory } from "~/utils/journey/template-types";

/** What the owner found when searching PDKI for their brand name. */
export const PDKI_RESULTS = ["none_similar", "similar_found"] as const;

export const TRADEMARK_STATUSES = ["not_planned", "preparing", "filed", "registered"] as const;
export type TrademarkStatus = (typeof TRADEMARK_STATUSES)[number];

/** Online filing fee per class, in rupiah (PNBP, PP 28/2019). */
export const FILING_FEE_PER_CLASS = { umk: 500_000, general: 1_800_000 } as const;

/** The Nice classes UMKM use most, with what they cover. */
export const COMMON_CLASSES: Record<number, { id: string; en: string }> = {
  3: { id: "kosmetik, sabun", en: "cosmetics, soap" },
  5: { id: "jamu, obat herbal", en: "jamu, herbal medicine" },
  14: { id: "perhiasan", en: "jewellery" },
  18: { id: "tas, dompet", en: "bags, wallets" },
  20: { id: "mebel, kerajinan kayu dan rotan", en: "furniture, wood and rattan crafts" },
  21: { id: "peralatan rumah tangga, gerabah", en: "household utensils, pottery" },
  24: { id: "kain, kain batik", en: "fabrics, batik cloth" },
  25: { id: "pakaian, alas kaki", en: "clothing, footwear" },
  29: { id: "daging, ikan, susu olahan, minyak, keripik", en: "meat, fish, dairy, oils, chips" },
  30: { id: "kopi, teh, roti, mi, saus, sambal, camilan", en: "coffee, tea, bread, noodles, sauces, snacks" },
  31: { id: "hasil pertanian dan perikanan segar", en: "fresh farm and fishery produce" },
  32: { id: "minuman ringan, sari buah", en: "soft drinks, fruit juices" },
  35: { id: "toko, jasa usaha", en: "shops, business services" },
  43: { id: "kafe, restoran, katering", en: "cafés, restaurants, catering" },
  44: { id: "salon, perawatan kecantikan", en: "salons, beauty care" },
};

const CLASSES_BY_CATEGORY: Record<ProductCategory, number[]> = {
  processed_food: [29, 30, 32],
  ready_meal: [43, 30],
  cosmetics_jamu: [3, 5],
  fashion_textile: [25, 24],
  craft: [20, 18, 21],
  fresh_produce: [31],
  services: [35, 44],
};

/** Classes to suggest for an enterprise's product categories, in class order. */
export function suggestedClasses(categories: readonly ProductCategory[]): number[] {
  return [...new Set(categories.flatMap((c) => CLASSES_BY_CATEGORY[c]))].sort((a, b) => a - b);
}

/** "DID2024012345" (goods) or "JID2024012345" (services), however it was typed. */
export function normalizeApplicationNumber(raw: string): string | null {
  const text = raw.replace(/[\s.-]/g, "").toUpperCase();
  return /^[DJ]ID\d{10}$/.test(text) ? text : null;
}

/** "IDM000123456" (a registered mark), however it was typed. */
export function normalizeRegistrationNumber(raw: string): string | null {
  const text = raw.replace(/[\s.-]/g, "").toUpperCase();
  return /^IDM\d{9}$/.test(text) ? text : null;
}

/** A search for the brand name on PDKI, the trademark office's public database. */
export function pdkiSearchUrl(name: string): string {
  return `https://pdki-indonesia.dgip.go.id/search?type=trademark&keyword=${encodeURIComponent(name)}&page=1`;
}

export const TRADEMARK_FILING_URL = "https://merek.dgip.go.id";
