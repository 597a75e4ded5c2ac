// Texts for administration: assignments. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const adminAssignTexts = await loadNamespace(
  "admin-assign",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/admin-assign.id").then((m) => m.adminAssignId),
    en: () => import("../messages/admin-assign.en").then((m) => m.adminAssignEn),
  },
);
