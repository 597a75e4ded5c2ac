// Users, invitations, reset links and coverage areas, in English. Translates every key of admin-users.id.ts.
import type { adminUsersId } from "./admin-users.id";

export const adminUsersEn: { readonly [K in keyof typeof adminUsersId]: string } = {};
