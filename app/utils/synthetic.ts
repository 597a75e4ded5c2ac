/** The app_setting key that marks a database as synthetic (npm run db:generate); the footer says so. */
export const SYNTHETIC_SETTING_KEY = "synthetic_data";
