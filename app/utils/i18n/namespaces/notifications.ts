// Texts for notifications. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const notificationsTexts = await loadNamespace("notifications", {
  id: () => import("../messages/notifications.id").then((m) => m.notificationsId),
  en: () => import("../messages/notifications.en").then((m) => m.notificationsEn),
});
