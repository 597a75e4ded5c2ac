// Texts for reviews and task conversations. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const reviewTexts = await loadNamespace("review", {
  id: () => import("../messages/review.id").then((m) => m.reviewId),
  en: () => import("../messages/review.en").then((m) => m.reviewEn),
});
