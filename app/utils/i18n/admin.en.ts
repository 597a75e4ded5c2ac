// Programme administration: navigation and shared words, in English. Translates every key of admin.id.ts.
import type { adminId } from "./admin.id";

export const adminEn: { readonly [K in keyof typeof adminId]: string } = {
  "admin.nav.label": "Administration menu",
  "admin.nav.dashboard": "Dashboard",
  "admin.nav.users": "Users",
  "admin.nav.assignments": "Assignments",
  "admin.nav.checklist": "Checklist",
  "admin.nav.trademarks": "Trademark index",
  "admin.nav.settings": "Settings",
  "admin.nav.audit": "Audit log",
};
