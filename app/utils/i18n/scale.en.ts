// National scale (issue 7) in English. Translates every key of scale.id.ts.
import type { scaleId } from "./scale.id";

export const scaleEn: { readonly [K in keyof typeof scaleId]: string } = {
  "footer.synthetic":
    "Synthetic data: every business, person and figure on this site was generated for performance testing, not real data.",
  "bench.blank.title": "Blank page for the speed test",
  "bench.blank.body": "This page is only used to measure the server's speed and holds nothing.",
};
