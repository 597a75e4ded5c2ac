// Texts for the public landing page. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const landingTexts = await loadNamespace("landing", {
  id: () => import("../messages/landing.id").then((m) => m.landingId),
  en: () => import("../messages/landing.en").then((m) => m.landingEn),
});
