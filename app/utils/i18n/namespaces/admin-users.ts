// Texts for administration: users and one-time links. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const adminUsersTexts = await loadNamespace(
  "admin-users",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/admin-users.id").then((m) => m.adminUsersId),
    en: () => import("../messages/admin-users.en").then((m) => m.adminUsersEn),
  },
);
