// Texts for the legality task (NIB, permits). Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const legalityTexts = await loadNamespace("legality", {
  id: () => import("../messages/legality.id").then((m) => m.legalityId),
  en: () => import("../messages/legality.en").then((m) => m.legalityEn),
});
