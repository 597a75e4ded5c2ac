import { dateFormat } from "./intl";

/** Today in Indonesia's western time zone (WIB), as yyyy-mm-dd: "not in the future" means after this. */
export function todayInIndonesia(now: Date = new Date()): string {
  return dateFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(now);
}
