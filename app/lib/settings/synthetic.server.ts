import type { Db } from "../db.server";
import { SYNTHETIC_SETTING_KEY } from "~/utils/synthetic";

/**
 * Whether the database was made by `npm run db:generate` (app_setting synthetic_data), so
 * every page's footer can say the data is not real. One primary-key lookup per request.
 */
export function isSyntheticDatabase(db: Db): boolean {
  return db.prepare("SELECT 1 FROM app_setting WHERE key = ?").pluck().get(SYNTHETIC_SETTING_KEY) !== undefined;
}
