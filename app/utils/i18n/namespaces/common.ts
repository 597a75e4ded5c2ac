// Texts for the page frame on every page: header, footer, errors, statuses, paging. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const commonTexts = await loadNamespace(
  "common",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/common.id").then((m) => m.commonId),
    en: () => import("../messages/common.en").then((m) => m.commonEn),
  },
);
