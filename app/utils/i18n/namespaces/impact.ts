// Texts for impact records. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const impactTexts = await loadNamespace(
  "impact",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/impact.id").then((m) => m.impactId),
    en: () => import("../messages/impact.en").then((m) => m.impactEn),
  },
);
