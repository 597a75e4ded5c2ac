// Texts for administration: checklist content. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const adminChecklistTexts = await loadNamespace("admin-checklist", {
  id: () => import("../messages/admin-checklist.id").then((m) => m.adminChecklistId),
  en: () => import("../messages/admin-checklist.en").then((m) => m.adminChecklistEn),
});
