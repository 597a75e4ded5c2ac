import { numberFormat } from "./intl";

/**
 * Reads an amount of rupiah as people type it: "Rp 1.500.000", "1500000", "1.500.000,00",
 * "1,500,000". Returns whole rupiah, or null when it is not an amount.
 */
export function parseRupiah(input: string): number | null {
  let text = input
    .trim()
    .replace(/^rp\.?\s*/i, "")
    .replace(/\s/g, "");
  if (text === "") return null;
  // A decimal part of one or two digits after a comma (Indonesian) is dropped: rupiah have no cents.
  text = text.replace(/,\d{1,2}$/, "");
  // One kind of thousands separator per number: "15.000.000" or "15,000,000", not a mix.
  if (!/^\d{1,3}(\.\d{3})*$|^\d{1,3}(,\d{3})*$|^\d+$/.test(text)) return null;
  const value = Number(text.replace(/[.,]/g, ""));
  return Number.isSafeInteger(value) ? value : null;
}

export function formatRupiah(amount: number, locale: "id" | "en" = "id"): string {
  return numberFormat(locale === "id" ? "id-ID" : "en-GB", {
    style: "currency",
    currency: "IDR",
    // "Rp" in every language (en-GB would write "IDR")
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
  }).format(amount);
}
