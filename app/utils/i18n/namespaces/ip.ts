// Texts for the trademark & copyright task. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const ipTexts = await loadNamespace(
  "ip",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/ip.id").then((m) => m.ipId),
    en: () => import("../messages/ip.en").then((m) => m.ipEn),
  },
);
