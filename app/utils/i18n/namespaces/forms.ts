// Texts for form fields, their validation messages and uploads. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const formsTexts = await loadNamespace(
  "forms",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/forms.id").then((m) => m.formsId),
    en: () => import("../messages/forms.en").then((m) => m.formsEn),
  },
);
