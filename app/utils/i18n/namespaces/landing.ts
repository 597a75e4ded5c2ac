// Texts for the public landing page. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const landingTexts = await loadNamespace(
  "landing",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/landing.id").then((m) => m.landingId),
    en: () => import("../messages/landing.en").then((m) => m.landingEn),
  },
);
