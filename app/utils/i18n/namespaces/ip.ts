// Texts for the trademark & copyright task. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const ipTexts = await loadNamespace("ip", {
  id: () => import("../messages/ip.id").then((m) => m.ipId),
  en: () => import("../messages/ip.en").then((m) => m.ipEn),
});
