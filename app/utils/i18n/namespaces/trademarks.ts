// Texts for the trademark index import. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const trademarksTexts = await loadNamespace(
  "trademarks",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/trademarks.id").then((m) => m.trademarksId),
    en: () => import("../messages/trademarks.en").then((m) => m.trademarksEn),
  },
);
