// Texts for administration: the national dashboard. Importing this module waits until they are loaded in the page's language (../load.ts).
import { loadNamespace } from "../load";

export const adminDashboardTexts = await loadNamespace("admin-dashboard", {
  id: () => import("../messages/admin-dashboard.id").then((m) => m.adminDashboardId),
  en: () => import("../messages/admin-dashboard.en").then((m) => m.adminDashboardEn),
});
