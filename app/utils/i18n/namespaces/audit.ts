// Texts for administration: the audit log. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const auditTexts = await loadNamespace("audit", {
  id: () => import("../messages/audit.id").then((m) => m.auditId),
  en: () => import("../messages/audit.en").then((m) => m.auditEn),
});
