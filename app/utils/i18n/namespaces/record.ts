// Texts for the enterprise record and the owner's answers. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const recordTexts = await loadNamespace(
  "record",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/record.id").then((m) => m.recordId),
    en: () => import("../messages/record.en").then((m) => m.recordEn),
  },
);
