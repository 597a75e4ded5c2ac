// Texts for the online channels task. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const channelsTexts = await loadNamespace("channels", {
  id: () => import("../messages/channels.id").then((m) => m.channelsId),
  en: () => import("../messages/channels.en").then((m) => m.channelsEn),
});
