// Checklist content editor and template versions, in Indonesian.
// Spread into id.ts; admin-checklist.en.ts must translate every key.
export const adminChecklistId = {} as const;
