// Programme settings and the audit log, in Indonesian.
// Spread into id.ts; admin-settings.en.ts must translate every key.
export const adminSettingsId = {} as const;
