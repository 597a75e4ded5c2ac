// Texts for programme administration: navigation and shared words. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const adminTexts = await loadNamespace(
  "admin",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/admin.id").then((m) => m.adminId),
    en: () => import("../messages/admin.en").then((m) => m.adminEn),
  },
);
