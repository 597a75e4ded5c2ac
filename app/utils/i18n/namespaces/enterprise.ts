// Texts for words that describe an enterprise: size class, category, units, legal form. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const enterpriseTexts = await loadNamespace(
  "enterprise",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/enterprise.id").then((m) => m.enterpriseId),
    en: () => import("../messages/enterprise.en").then((m) => m.enterpriseEn),
  },
);
