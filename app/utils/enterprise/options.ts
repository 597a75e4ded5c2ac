// Choices on the business profile, shared by the form (browser) and its schema (server).
// Kept free of zod so that importing them does not bring zod into the browser bundle.
export const LEGAL_FORMS = ["perorangan", "ud", "cv", "pt", "pt_perorangan", "koperasi", "firma", "lainnya"] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const BASELINE_CHANNELS = [
  "offline_only",
  "whatsapp",
  "instagram",
  "facebook",
  "tiktok",
  "marketplace",
  "food_delivery",
  "website",
  "qris",
] as const;
export type BaselineChannel = (typeof BASELINE_CHANNELS)[number];
