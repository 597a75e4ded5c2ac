// Texts for brand-name check results. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const brandCheckTexts = await loadNamespace(
  "brand-check",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/brand-check.id").then((m) => m.brandCheckId),
    en: () => import("../messages/brand-check.en").then((m) => m.brandCheckEn),
  },
);
