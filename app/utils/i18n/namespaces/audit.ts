// Texts for administration: the audit log. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const auditTexts = await loadNamespace(
  "audit",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/audit.id").then((m) => m.auditId),
    en: () => import("../messages/audit.en").then((m) => m.auditEn),
  },
);
