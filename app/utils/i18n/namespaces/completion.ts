// Texts for the final review and the certificate. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const completionTexts = await loadNamespace(
  "completion",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/completion.id").then((m) => m.completionId),
    en: () => import("../messages/completion.en").then((m) => m.completionEn),
  },
);
