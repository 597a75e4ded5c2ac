// How ready a product is to be listed online: its basic facts plus its category's quality
// checklist. Safe in the browser; the server keeps the score in product.readiness.
import type { ChecklistItem, ProductCategory } from "~/utils/journey/template-types";

export const NET_UNITS = ["g", "kg", "ml", "l", "pcs", "cm"] as const;
export type NetUnit = (typeof NET_UNITS)[number];

export const ITEM_STATUSES = ["done", "not_applicable"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export type ItemAnswer = { status?: ItemStatus; reason?: string; evidence?: string };
export type ProductChecklist = Record<string, ItemAnswer | undefined>;

export const MAX_PHOTOS = 9;

export type ProductFacts = {
  name: string;
  category: ProductCategory;
  description: string | null;
  priceRupiah: number | null;
  netAmount: number | null;
  netUnit: NetUnit | null;
  photoCount: number;
  checklist: ProductChecklist;
};

/** Basic facts a listing needs; a service has no net weight. */
export type FactGap = "description" | "price" | "net" | "photo";
export type Readiness = {
  /** 0–100: the share of what is needed that is in place. */
  score: number;
  ready: boolean;
  missingFacts: FactGap[];
  /** Keys of required checklist items not done, nor "not applicable" with a reason. */
  missingItems: string[];
};

export function itemAddressed(answer: ItemAnswer | undefined): boolean {
  return answer?.status === "done" || (answer?.status === "not_applicable" && !!answer.reason?.trim());
}

/**
 * The listing-readiness of a product: each basic fact and each required checklist item of its
 * category counts once. Optional items never hold a product back.
 */
export function productReadiness(product: ProductFacts, items: readonly ChecklistItem[]): Readiness {
  const facts: [FactGap, boolean][] = [
    ["description", (product.description?.trim().length ?? 0) >= 20],
    ["price", (product.priceRupiah ?? 0) > 0],
    ["photo", product.photoCount > 0],
  ];
  if (product.category !== "services") facts.push(["net", (product.netAmount ?? 0) > 0 && product.netUnit !== null]);
  const required = items.filter((item) => item.required);
  const missingFacts = facts.filter(([, ok]) => !ok).map(([gap]) => gap);
  const missingItems = required.filter((item) => !itemAddressed(product.checklist[item.key])).map((item) => item.key);
  const total = facts.length + required.length;
  const met = total - missingFacts.length - missingItems.length;
  const score = Math.floor((met / total) * 100);
  return { score, ready: met === total, missingFacts, missingItems };
}
