import { readCookie } from "./auth/cookie.server";
import { nowSeconds } from "./db.server";
import { todayInIndonesia } from "~/utils/dates";

/** The cookie end-to-end tests use to move one browser's clock; honoured only when TEST_CLOCK=1. */
export const TEST_CLOCK_COOKIE = "umkm_test_now";

/**
 * "Now" for rules that depend on elapsed time (the stalled flag). In production it is the real
 * time. A server started with TEST_CLOCK=1 (the end-to-end tests) lets a browser set its own
 * "now" in a cookie, so a test can look 15 days ahead without sleeping or touching other tests.
 */
export function requestNow(request: Request): { now: number; today: string } {
  let now = nowSeconds();
  if (process.env.TEST_CLOCK === "1") {
    const value = Number(readCookie(request, TEST_CLOCK_COOKIE));
    if (Number.isInteger(value) && value > 0) now = value;
  }
  return { now, today: todayInIndonesia(new Date(now * 1000)) };
}
