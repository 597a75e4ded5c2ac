// Users, invitations, reset links and coverage areas, in Indonesian.
// Spread into id.ts; admin-users.en.ts must translate every key.
export const adminUsersId = {} as const;
