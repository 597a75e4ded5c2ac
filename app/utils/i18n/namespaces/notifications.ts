// Texts for notifications. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const notificationsTexts = await loadNamespace(
  "notifications",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/notifications.id").then((m) => m.notificationsId),
    en: () => import("../messages/notifications.en").then((m) => m.notificationsEn),
  },
);
