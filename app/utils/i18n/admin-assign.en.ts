// Assignment of enterprises to mentors, in English. Translates every key of admin-assign.id.ts.
import type { adminAssignId } from "./admin-assign.id";

export const adminAssignEn: { readonly [K in keyof typeof adminAssignId]: string } = {};
