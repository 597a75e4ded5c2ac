// Texts for administration: users and one-time links. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const adminUsersTexts = await loadNamespace("admin-users", {
  id: () => import("../messages/admin-users.id").then((m) => m.adminUsersId),
  en: () => import("../messages/admin-users.en").then((m) => m.adminUsersEn),
});
