// Texts for mentoring sessions. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const sessionsTexts = await loadNamespace(
  "sessions",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/sessions.id").then((m) => m.sessionsId),
    en: () => import("../messages/sessions.en").then((m) => m.sessionsEn),
  },
);
