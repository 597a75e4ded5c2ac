// Texts for the business profile task. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const profileTexts = await loadNamespace(
  "profile",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/profile.id").then((m) => m.profileId),
    en: () => import("../messages/profile.en").then((m) => m.profileEn),
  },
);
