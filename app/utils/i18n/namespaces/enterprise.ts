// Texts for words that describe an enterprise: size class, category, units, legal form. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const enterpriseTexts = await loadNamespace("enterprise", {
  id: () => import("../messages/enterprise.id").then((m) => m.enterpriseId),
  en: () => import("../messages/enterprise.en").then((m) => m.enterpriseEn),
});
