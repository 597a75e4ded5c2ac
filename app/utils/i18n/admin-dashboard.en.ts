// The national dashboard, exports and open data, in English. Translates every key of admin-dashboard.id.ts.
import type { adminDashboardId } from "./admin-dashboard.id";

export const adminDashboardEn: { readonly [K in keyof typeof adminDashboardId]: string } = {};
