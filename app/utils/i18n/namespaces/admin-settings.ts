// Texts for administration: programme settings. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const adminSettingsTexts = await loadNamespace("admin-settings", {
  id: () => import("../messages/admin-settings.id").then((m) => m.adminSettingsId),
  en: () => import("../messages/admin-settings.en").then((m) => m.adminSettingsEn),
});
