// Texts for rate limits and upload limits. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const limitsTexts = await loadNamespace(
  "limits",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/limits.id").then((m) => m.limitsId),
    en: () => import("../messages/limits.en").then((m) => m.limitsEn),
  },
);
