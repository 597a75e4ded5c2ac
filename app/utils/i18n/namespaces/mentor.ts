// Texts for the mentor as shown to owners and in the mentor workspace. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const mentorTexts = await loadNamespace(
  "mentor",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/mentor.id").then((m) => m.mentorId),
    en: () => import("../messages/mentor.en").then((m) => m.mentorEn),
  },
);
