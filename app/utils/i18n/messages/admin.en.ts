// English: programme administration: navigation and shared words. Translates every key of admin.id.ts, checked by the type.
import type { Translation } from "../types";
import type { adminId } from "./admin.id";

export const adminEn: Translation<typeof adminId> = {
  "admin.title": "Administrator home",
  "admin.greeting": "Welcome, {name}",
  "admin.lead": "A summary of the programme's accounts and region data.",
  "admin.users.title": "Registered accounts",
  "admin.users.caption": "Active accounts by role",
  "admin.users.role": "Role",
  "admin.users.count": "Count",
  "admin.regions.title": "Region data",
  "admin.regions.body": "{provinces} provinces and {regencies} regencies/cities (Kepmendagri 2025, Kemendagri codes).",
  "admin.trademarks": "Manage the trademark index",
  "admin.nav.label": "Administration menu",
  "admin.nav.dashboard": "Dashboard",
  "admin.nav.users": "Users",
  "admin.nav.assignments": "Assignments",
  "admin.nav.checklist": "Checklist",
  "admin.nav.trademarks": "Trademark index",
  "admin.nav.settings": "Settings",
  "admin.nav.audit": "Audit log",
  "admin.nav.deletions": "Account deletions",
};
