// Texts for privacy: the notice, the owner's data and deletion, consent, the deletion queue. Importing this
// module waits until they are loaded in the page's language (../load.ts); the server holds every text.
import { loadNamespace } from "../load";

export const privacyTexts = await loadNamespace(
  "privacy",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/privacy.id").then((m) => m.privacyId),
    en: () => import("../messages/privacy.en").then((m) => m.privacyEn),
  },
);
