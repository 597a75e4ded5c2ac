import type { Db } from "../db.server";
import { DEFAULT_STALLED_AFTER_DAYS } from "~/utils/mentoring/stalled";

/** Days without owner activity or mentor contact before an enterprise counts as stalled. */
export function stalledAfterDays(db: Db): number {
  const value = db.prepare("SELECT value FROM app_setting WHERE key = 'stalled_after_days'").pluck().get() as
    | string
    | undefined;
  const days = Number(value);
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : DEFAULT_STALLED_AFTER_DAYS;
}
