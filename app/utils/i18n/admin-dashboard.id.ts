// The national dashboard, exports and open data, in Indonesian.
// Spread into id.ts; admin-dashboard.en.ts must translate every key.
export const adminDashboardId = {} as const;
