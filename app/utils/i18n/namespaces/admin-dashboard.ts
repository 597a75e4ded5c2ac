// Texts for administration: the national dashboard. Importing this module waits until they are loaded in
// the page's language (../load.ts); the server holds every text and leaves the chunks out.
import { loadNamespace } from "../load";

export const adminDashboardTexts = await loadNamespace(
  "admin-dashboard",
  import.meta.env?.SSR === false && {
    id: () => import("../messages/admin-dashboard.id").then((m) => m.adminDashboardId),
    en: () => import("../messages/admin-dashboard.en").then((m) => m.adminDashboardEn),
  },
);
