// Texts for the mentor as shown to owners and in the mentor workspace. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const mentorTexts = await loadNamespace("mentor", {
  id: () => import("../messages/mentor.id").then((m) => m.mentorId),
  en: () => import("../messages/mentor.en").then((m) => m.mentorEn),
});
