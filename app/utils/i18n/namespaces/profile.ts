// Texts for the business profile task. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const profileTexts = await loadNamespace("profile", {
  id: () => import("../messages/profile.id").then((m) => m.profileId),
  en: () => import("../messages/profile.en").then((m) => m.profileEn),
});
