// Texts for the trademark index import. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const trademarksTexts = await loadNamespace("trademarks", {
  id: () => import("../messages/trademarks.id").then((m) => m.trademarksId),
  en: () => import("../messages/trademarks.en").then((m) => m.trademarksEn),
});
