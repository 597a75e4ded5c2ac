// Texts for administration: programme settings. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const adminSettingsTexts = await loadNamespace(
  "admin-settings",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/admin-settings.id").then((m) => m.adminSettingsId),
    en: () => import("../messages/admin-settings.en").then((m) => m.adminSettingsEn),
  },
);
