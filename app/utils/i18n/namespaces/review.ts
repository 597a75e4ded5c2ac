// Texts for reviews and task conversations. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const reviewTexts = await loadNamespace(
  "review",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/review.id").then((m) => m.reviewId),
    en: () => import("../messages/review.en").then((m) => m.reviewEn),
  },
);
