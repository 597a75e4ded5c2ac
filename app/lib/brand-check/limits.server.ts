import type { LimitHit } from "../rate-limit/rate-limit.server";

/** A brand-name check counts against the user who runs it and, more loosely, their address. */
export function brandCheckHits(userId: number, ip: string): LimitHit[] {
  return [
    { limit: "brandCheck.user", subject: String(userId) },
    { limit: "brandCheck.ip", subject: ip },
  ];
}
