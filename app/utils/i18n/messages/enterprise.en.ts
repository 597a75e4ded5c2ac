// English: words that describe an enterprise: size class, category, units, legal form. Translates every key of enterprise.id.ts, checked by the type.
import type { Translation } from "../types";
import type { enterpriseId } from "./enterprise.id";

export const enterpriseEn: Translation<typeof enterpriseId> = {
  "legalForm.perorangan": "Sole proprietor",
  "legalForm.ud": "UD (trading business)",
  "legalForm.cv": "CV (limited partnership)",
  "legalForm.pt": "PT (limited company)",
  "legalForm.pt_perorangan": "Individual PT",
  "legalForm.koperasi": "Cooperative",
  "legalForm.firma": "Firm (partnership)",
  "legalForm.lainnya": "Other",
  "category.processed_food": "Processed food & drink (packaged)",
  "category.ready_meal": "Ready meals / food delivery",
  "category.cosmetics_jamu": "Cosmetics & jamu",
  "category.fashion_textile": "Fashion & textiles",
  "category.craft": "Crafts",
  "category.fresh_produce": "Fresh produce (vegetables, fruit, fish)",
  "category.services": "Services",
  "size.title": "Your business size class",
  "size.mikro": "Micro business",
  "size.kecil": "Small business",
  "size.menengah": "Medium business",
  "size.besar": "Large business (above the UMKM limits)",
  "size.basis.sales":
    "Based on yearly sales of {amount}. Under PP 7/2021: micro up to Rp2 billion, small up to Rp15 billion, medium up to Rp50 billion a year.",
  "size.basis.capital":
    "Based on capital of {amount}, as there are no yearly sales yet. Under PP 7/2021: micro up to Rp1 billion, small up to Rp5 billion, medium up to Rp10 billion.",
  "size.mismatch": "Your capital points to a different class. Your mentor will look at it with you.",
  "size.unknown": "Fill in capital and sales, then save, to see your size class.",
  "unit.g": "grams",
  "unit.kg": "kg",
  "unit.ml": "ml",
  "unit.l": "litres",
  "unit.pcs": "pieces",
  "unit.cm": "cm",
};
