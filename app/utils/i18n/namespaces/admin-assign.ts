// Texts for administration: assignments. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const adminAssignTexts = await loadNamespace("admin-assign", {
  id: () => import("../messages/admin-assign.id").then((m) => m.adminAssignId),
  en: () => import("../messages/admin-assign.en").then((m) => m.adminAssignEn),
});
