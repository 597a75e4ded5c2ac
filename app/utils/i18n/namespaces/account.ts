// Texts for signing in, registering and the account page. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const accountTexts = await loadNamespace(
  "account",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/account.id").then((m) => m.accountId),
    en: () => import("../messages/account.en").then((m) => m.accountEn),
  },
);
