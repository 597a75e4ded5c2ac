// Texts for the owner's task list and the frame of each task page. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const journeyTexts = await loadNamespace(
  "journey",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/journey.id").then((m) => m.journeyId),
    en: () => import("../messages/journey.en").then((m) => m.journeyEn),
  },
);
