// Assignment of enterprises to mentors, in Indonesian.
// Spread into id.ts; admin-assign.en.ts must translate every key.
export const adminAssignId = {} as const;
