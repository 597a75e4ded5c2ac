// Texts for the mentor's caseload. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const caseloadTexts = await loadNamespace(
  "caseload",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/caseload.id").then((m) => m.caseloadId),
    en: () => import("../messages/caseload.en").then((m) => m.caseloadEn),
  },
);
