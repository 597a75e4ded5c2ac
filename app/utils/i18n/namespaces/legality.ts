// Texts for the legality task (NIB, permits). Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const legalityTexts = await loadNamespace(
  "legality",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/legality.id").then((m) => m.legalityId),
    en: () => import("../messages/legality.en").then((m) => m.legalityEn),
  },
);
