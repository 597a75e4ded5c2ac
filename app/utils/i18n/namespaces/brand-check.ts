// Texts for brand-name check results. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const brandCheckTexts = await loadNamespace("brand-check", {
  id: () => import("../messages/brand-check.id").then((m) => m.brandCheckId),
  en: () => import("../messages/brand-check.en").then((m) => m.brandCheckEn),
});
