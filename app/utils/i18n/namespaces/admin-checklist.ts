// Texts for administration: checklist content. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const adminChecklistTexts = await loadNamespace(
  "admin-checklist",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/admin-checklist.id").then((m) => m.adminChecklistId),
    en: () => import("../messages/admin-checklist.en").then((m) => m.adminChecklistEn),
  },
);
