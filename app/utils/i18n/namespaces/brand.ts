// Texts for the brand identity task. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const brandTexts = await loadNamespace(
  "brand",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/brand.id").then((m) => m.brandId),
    en: () => import("../messages/brand.en").then((m) => m.brandEn),
  },
);
