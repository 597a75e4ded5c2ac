// Texts for the online channels task. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const channelsTexts = await loadNamespace(
  "channels",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/channels.id").then((m) => m.channelsId),
    en: () => import("../messages/channels.en").then((m) => m.channelsEn),
  },
);
